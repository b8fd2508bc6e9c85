using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>Each project that declares rules tracks them in AnalyzerReleases.Shipped.md and Unshipped.md, as Roslyn's analyzers do.</summary>
public sealed class ReleaseTrackingTests
{
    public static TheoryData<string> Projects => [.. BuiltInCatalog.Sources.Select(source => source.Project)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void TrackedRules_AreTheDeclaredRules(string project)
    {
        var source = BuiltInCatalog.Sources.Single(source => source.Project == project);
        var rules = source.Descriptors.DistinctBy(rule => rule.Id).OrderBy(rule => rule.Id, StringComparer.Ordinal).ToArray();

        var tracked = AnalyzerReleases.Read(source.Folder);

        // One line per rule, so that a failure shows which row to add, remove or correct.
        Assert.Equal(rules.Select(rule => $"{rule.Id} | {rule.Category} | {rule.DefaultSeverity}"), tracked.Values.Select(row => $"{row.Id} | {row.Category} | {row.Severity}"));

        // Roslyn's Severity column holds one severity; the notes give each kind whose default differs ("Custom: Warning").
        Assert.Equal(
            rules.Select(rule => $"{rule.Id}: {string.Join("; ", SeverityByKind.Differing(rule).Select(kind => $"{kind}: {rule.GetDefaultSeverity(kind)}"))}"),
            tracked.Values.Select(row => $"{row.Id}: {string.Join("; ", KindSeverityNotes(row))}"));
    }

    [Fact]
    public void ChangedRules_ReplaceCategoryAndSeverity_AndRemovedRulesDisappear()
    {
        var rules = Track(
            "## Release 1.0",
            "### New Rules",
            "Rule ID | Category | Severity | Notes",
            "--------|----------|----------|-------",
            "PPC1001 | Swagger | Warning | A",
            "PPC1002 | Swagger | Error | B",
            "## Release 1.1",
            "### Removed Rules",
            "Rule ID | Category | Severity | Notes",
            "--------|----------|----------|-------",
            "PPC1002 | Swagger | Error | B",
            "### Changed Rules",
            "Rule ID | New Category | New Severity | Old Category | Old Severity | Notes",
            "--------|--------------|--------------|--------------|--------------|-------",
            "PPC1001 | Swagger | Error | Swagger | Warning | A");

        Assert.Equal([new TrackedRule("PPC1001", "Swagger", "Error", "A")], rules.Values);
    }

    [Theory]
    [InlineData("PPC1001 is tracked already", "### New Rules", "PPC1001 | Swagger | Error | A", "PPC1001 | Swagger | Error | A")]
    [InlineData("PPC1001 is changed from Swagger/Warning, but is Swagger/Error", "### New Rules", "PPC1001 | Swagger | Error | A", "### Changed Rules", "PPC1001 | Swagger | Info | Swagger | Warning | A")]
    [InlineData("PPC1001 is removed but was never added", "### Removed Rules", "PPC1001 | Swagger | Error | A")]
    [InlineData("PPC1001 is not a row", "### Added Rules", "PPC1001 | Swagger | Error | A")]
    public void ARowThatContradictsTheHistory_IsAnError(string expected, params string[] lines)
    {
        var exception = Assert.Throws<FormatException>(() => Track(lines));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<string> KindSeverityNotes(TrackedRule row)
        => row.Notes.Split("; ").Where(note => Enum.GetNames<ConnectorKind>().Any(kind => note.StartsWith($"{kind}: ", StringComparison.Ordinal)));

    private static Dictionary<string, TrackedRule> Track(params string[] lines)
    {
        var rules = new Dictionary<string, TrackedRule>();
        AnalyzerReleases.Apply(rules, lines, "test.md");
        return rules;
    }
}
