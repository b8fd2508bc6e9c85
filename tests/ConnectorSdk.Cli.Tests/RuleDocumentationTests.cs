using System.Text.RegularExpressions;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Cli.Tests;

/// <summary>Every rule the CLI knows has its page, and its help link leads to that page.</summary>
public sealed partial class RuleDocumentationTests
{
    private static readonly IReadOnlyList<Analysis.DiagnosticDescriptor> Rules = BuiltInRules.CreateEngine(new AnalysisOptions()).Descriptors;

    public static TheoryData<string> RuleIds => [.. Rules.Select(rule => rule.Id).Distinct()];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_HasItsPage_AndItsHelpLinkPointsAtIt(string id)
    {
        var page = Path.Combine(RepositoryFolder.Path, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page at {page}");
        Assert.StartsWith($"# {id}: ", File.ReadLines(page).First(), StringComparison.Ordinal);
        foreach (var section in new[] { "## What it checks", "## Why", "## How to fix", "## How to configure" })
        {
            Assert.Contains(section, File.ReadAllText(page));
        }

        foreach (var rule in Rules.Where(rule => rule.Id == id))
        {
            Assert.Equal($"docs/rules/{id}.md", rule.HelpLinkUri);
        }
    }

    [Fact]
    public void EveryPage_IsARuleOfTheCatalog_AndIsListedInTheIndex()
    {
        var index = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "docs", "rules", "README.md"));
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "docs", "rules"), "PPC*.md").Select(Path.GetFileNameWithoutExtension).Order().ToArray();

        Assert.Equal(Rules.Select(rule => rule.Id).Distinct().Order(), pages);
        Assert.Equal(pages, LinkedPages().Matches(index).Select(match => match.Groups[1].Value).Distinct().Order());
    }

    [GeneratedRegex(@"\]\((PPC\d{4})\.md\)")]
    private static partial Regex LinkedPages();
}
