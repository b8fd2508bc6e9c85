using ConnectorSdk.Analysis;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>Ids follow rules.md "Rule IDs": PPC and 4 digits, in the range of the rule's category, one meaning each.</summary>
public sealed class RuleIdTests
{
    public static TheoryData<string> Ids => [.. BuiltInCatalog.Descriptors.Select(rule => rule.Id).Distinct()];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_IsPpcAndFourDigits_InTheRangeOfItsCategory(string id)
    {
        var number = DiagnosticIdRanges.NumberOf(id);
        Assert.True(number is not null, $"{id} is not PPC and 4 digits");
        foreach (var category in BuiltInCatalog.Descriptors.Where(rule => rule.Id == id).Select(rule => rule.Category).Distinct())
        {
            var ranges = DiagnosticIdRanges.All.Where(range => range.Category == category).ToArray();
            Assert.True(ranges.Length > 0, $"{id}'s category {category} has no range in {DiagnosticIdRanges.FilePath}");
            Assert.True(ranges.Any(range => range.Contains(number.Value)), $"{id} is outside the ranges of {category}: {string.Join(", ", ranges)}");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DescriptorsSharingAnId_HaveOneMeaning(string id)
    {
        // Several descriptors may share an id to report different messages; everything else is the rule's.
        var meanings = BuiltInCatalog.Descriptors.Where(rule => rule.Id == id).Select(Meaning).Distinct().ToArray();

        Assert.True(meanings.Length == 1, $"{id} has {meanings.Length} meanings:\n{string.Join("\n", meanings)}");
    }

    [Fact]
    public void Ranges_DoNotOverlap()
    {
        var ranges = DiagnosticIdRanges.All;

        var overlaps = ranges.SelectMany((range, index) => ranges.Skip(index + 1)
            .Where(other => range.First <= other.Last && other.First <= range.Last)
            .Select(other => $"{range} and {other}"));

        Assert.Empty(overlaps);
    }

    [Fact]
    public void TheCatalogSources_DeclareEveryRuleTheCliShips()
    {
        Assert.Equal(
            BuiltInCatalog.Rules.Select(rule => rule.Id),
            BuiltInCatalog.Descriptors.Select(rule => rule.Id).Distinct().Order(StringComparer.Ordinal));
    }

    private static object Meaning(DiagnosticDescriptor rule)
        => new
        {
            rule.Title,
            rule.Name,
            rule.Category,
            rule.DefaultSeverity,
            Certified = rule.GetDefaultSeverity(ConnectorKind.Certified),
            IndependentPublisher = rule.GetDefaultSeverity(ConnectorKind.IndependentPublisher),
            Custom = rule.GetDefaultSeverity(ConnectorKind.Custom),
            rule.Mode,
            rule.AppliesTo,
            rule.Description,
            rule.HelpLinkUri,
        };
}
