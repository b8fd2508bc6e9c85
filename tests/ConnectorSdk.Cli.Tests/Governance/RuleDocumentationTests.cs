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
    public void EveryPage_IsARuleOfTheCatalog_OrARetiredOne()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "docs", "rules"), "PPC*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(BuiltInCatalog.Rules.Select(rule => rule.Id), pages.Where(id => !RetiredRules.Ids.Contains(id!)));
    }

    [Theory]
    [MemberData(nameof(GeneratedDocuments))]
    public void RuleTable_IsWhatTheGeneratorWrites(string path)
    {
        var document = RuleDocuments.Generate(RepositoryFolder.Path, BuiltInCatalog.Rules).Single(document => document.Path == path);

        Assert.True(document.IsUpToDate, $"The rule table of {path} is out of date: run `dotnet run --project tools/ConnectorSdk.DocumentationGenerator`");
    }

    [Fact]
    public void RuleTable_LinksEachRuleToItsPage_RelativeToTheDocument()
    {
        var documents = RuleDocuments.Generate(RepositoryFolder.Path, BuiltInCatalog.Rules);

        Assert.Contains("| [PPC1051](docs/rules/PPC1051.md) | Operation ids must be unique | error | Swagger | All | Default |", documents.Single(d => d.Path == "README.md").Generated, StringComparison.Ordinal);
        Assert.Contains("| [PPC1051](PPC1051.md) | ", documents.Single(d => d.Path == "docs/rules/README.md").Generated, StringComparison.Ordinal);
    }
}
