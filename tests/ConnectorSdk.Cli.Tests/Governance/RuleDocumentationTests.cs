using ConnectorSdk.Analysis;
using ConnectorSdk.DocumentationGenerator;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>Every rule the CLI knows has its page, its help link leads to that page, and the generated rule tables are up to date.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds => [.. BuiltInCatalog.Rules.Select(rule => rule.Id)];

    public static TheoryData<string> GeneratedDocuments => [.. RuleDocuments.Paths];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasItsPage_AndItsHelpLinkPointsAtIt(string id)
    {
        var rule = BuiltInCatalog.Rules.Single(rule => rule.Id == id);
        var page = Path.Combine(RepositoryFolder.Path, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page at {page}");
        Assert.Equal($"# {id}: {rule.Title}", File.ReadLines(page).First());
        foreach (var section in new[] { "## What it checks", "## Why", "## How to fix", "## How to configure" })
        {
            Assert.Contains(section, File.ReadAllText(page));
        }

        Assert.All(BuiltInCatalog.Descriptors.Where(descriptor => descriptor.Id == id), descriptor => Assert.Equal($"docs/rules/{id}.md", descriptor.HelpLinkUri));
    }

    [Fact]
    public void EveryPage_IsARuleOfTheCatalog_OrARetiredOrPlannedOne()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "docs", "rules"), "PPC*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(BuiltInCatalog.Rules.Select(rule => rule.Id), pages.Where(id => !ReservedRulePages.Retired.Contains(id!) && !ReservedRulePages.Planned.Contains(id!)));
    }

    [Theory]
    [MemberData(nameof(GeneratedDocuments))]
    public void RuleTable_IsWhatTheGeneratorWrites(string path)
    {
        var document = RuleDocuments.Generate(RepositoryFolder.Path, BuiltInCatalog.Rules).Single(document => document.Path == path);

        Assert.True(document.IsUpToDate, $"The rule table of {path} is out of date: run `dotnet run --project tools/ConnectorSdk.DocumentationGenerator`");
    }

    /// <summary>The corpus shares: measured once (an analysis of the whole test corpus), for both tests.</summary>
    private static readonly Lazy<CorpusShares> Shares = new(() => CorpusShares.Measure(RepositoryFolder.Path));

    [Fact]
    public void CorpusShares_OfEveryErrorLevelRule_AreWhatTheGeneratorWrites()
    {
        var documents = CorpusDocuments.Generate(RepositoryFolder.Path, Shares.Value);

        Assert.Empty(documents.Where(document => !document.IsUpToDate).Select(document => document.Path));
        Assert.Equal(BuiltInCatalog.Rules.Where(rule => rule.DefaultSeverity == DiagnosticSeverity.Error && rule.AppliesTo != ConnectorKinds.Custom).Select(rule => $"docs/rules/{rule.Id}.md"),
            documents.Select(document => document.Path).Where(path => path != CorpusDocuments.TablePath));
    }

    [Fact]
    public void CorpusShares_CountEachConnectorOnce_PerKind()
    {
        var table = CorpusDocuments.Generate(RepositoryFolder.Path, Shares.Value).Single(document => document.Path == CorpusDocuments.TablePath).Generated;
        var contact = Shares.Value.Of("PPC1039");

        Assert.Equal(["certified", "independent publisher"], contact.Select(kind => kind.Kind));
        Assert.Equal(Shares.Value.Total, contact.Sum(kind => kind.Connectors));
        Assert.Contains($"| [PPC1039](rules/PPC1039.md) | The connector must give a support contact | {contact[0].Reported} | {contact[1].Reported} | ", table, StringComparison.Ordinal);
        Assert.InRange(Shares.Value.Reported("PPC1039"), 1, Shares.Value.Total);
    }

    [Fact]
    public void RuleTable_LinksEachRuleToItsPage_RelativeToTheDocument()
    {
        var documents = RuleDocuments.Generate(RepositoryFolder.Path, BuiltInCatalog.Rules);

        Assert.Contains("| [PPC1051](docs/rules/PPC1051.md) | Operation ids must be unique | error | Swagger | All | Default |", documents.Single(d => d.Path == "README.md").Generated, StringComparison.Ordinal);
        Assert.Contains("| [PPC1051](PPC1051.md) | ", documents.Single(d => d.Path == "docs/rules/README.md").Generated, StringComparison.Ordinal);
    }
}
