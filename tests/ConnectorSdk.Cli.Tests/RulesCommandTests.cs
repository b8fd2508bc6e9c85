using System.Text.Json;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Tests.Infrastructure;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.Cli.Tests;

public sealed class RulesCommandTests
{
    private static readonly string[] RuleIds = BuiltInRulePacks.CreateEngine(new AnalysisOptions()).Descriptors.Select(d => d.Id).ToArray();

    [Fact]
    public async Task Text_HasAHeader_ThenOneLinePerRule()
    {
        var run = await CommandLine.RunAsync("rules");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("ID ", run.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal(RuleIds, run.StdoutLines[1..].Where(line => !line.StartsWith(' ')).Select(line => line.Split(' ')[0]));
        Assert.Contains(run.StdoutLines, line => line.StartsWith("PPC0002  error  ", StringComparison.Ordinal) && line.EndsWith("  A JSON file cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_Fits120Columns_WrappingLongTitlesInTheirColumn()
    {
        var run = await CommandLine.RunAsync("rules");

        Assert.All(run.StdoutLines, line => Assert.InRange(line.Length, 1, 120));
        var titleColumn = run.StdoutLines[0].IndexOf("TITLE", StringComparison.Ordinal);
        var title = BuiltInRulePacks.CreateEngine(new AnalysisOptions()).Descriptors.Single(d => d.Id == "PPC1032").Title;
        var rows = run.StdoutLines.SkipWhile(line => !line.StartsWith("PPC1032 ", StringComparison.Ordinal)).ToArray();
        var wrapped = rows.Take(1).Concat(rows.Skip(1).TakeWhile(line => line.StartsWith(' '))).Select(line => line[titleColumn..]).ToArray();
        Assert.True(wrapped.Length > 1, "the long title wraps");
        Assert.Equal(title, string.Join(' ', wrapped));
    }

    [Fact]
    public async Task OneRule_IsShownInFull()
    {
        var run = await CommandLine.RunAsync("rules", "ppc1031", "--help-link-base", "https://example.com/fork");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("PPC1031: The connector title must have at most 30 characters", run.StdoutLines[0]);
        Assert.Equal(
            [
                "  Name:       PPC1031",
                "  Category:   Swagger",
                "  Severity:   error (Custom: warning)",
                "  Applies to: All",
                "  Mode:       Default",
                "  Message:    Title '{0}' has {1} characters; certification allows at most 30",
                "  Tags:       (none)",
                "  Help:       https://example.com/fork/docs/rules/PPC1031.md",
            ],
            run.StdoutLines[1..9]);
        Assert.StartsWith("  A connector title longer than 30 characters", run.StdoutLines[9], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneRule_AsJson_IsTheCatalogOfThatRule()
    {
        var run = await CommandLine.RunAsync("rules", "PPC0003", "--format", "json");

        using var catalog = JsonDocument.Parse(run.Stdout);
        var rule = Assert.Single(catalog.RootElement.EnumerateArray().ToArray());
        Assert.Equal("PPC0003", rule.GetProperty("id").GetString());
        Assert.Equal(0, rule.GetProperty("customTags").GetArrayLength());
        Assert.Contains("{0}", rule.GetProperty("messageFormat").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRule_IsBadUsage()
    {
        var run = await CommandLine.RunAsync("rules", "PPC9999");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("connector: error: 'PPC9999' is not a rule of the loaded rule packs; `connector rules` lists them.", run.Stderr.TrimEnd());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Json_DescribesEveryRule()
    {
        var run = await CommandLine.RunAsync("rules", "--format", "json", "--help-link-base", "https://example.com/fork");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var catalog = JsonDocument.Parse(run.Stdout);
        var rules = catalog.RootElement.EnumerateArray().ToArray();
        Assert.Equal(RuleIds, rules.Select(r => r.GetProperty("id").GetString()));
        var missingFile = rules.Single(r => r.GetProperty("id").GetString() == "PPC0001");
        Assert.Equal("A required connector file is missing", missingFile.GetProperty("title").GetString());
        Assert.Equal("Infrastructure", missingFile.GetProperty("category").GetString());
        Assert.Equal("error", missingFile.GetProperty("severity").GetString());
        Assert.Equal(["Custom", "Certified", "IndependentPublisher"], missingFile.GetProperty("appliesTo").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("None", missingFile.GetProperty("mode").GetString());
        Assert.Equal("https://example.com/fork/docs/rules/PPC0001.md", missingFile.GetProperty("helpUri").GetString());
        Assert.False(missingFile.TryGetProperty("severityByKind", out _));
        var titleTooLong = rules.Single(r => r.GetProperty("id").GetString() == "PPC1031");
        Assert.Equal("error", titleTooLong.GetProperty("severity").GetString());
        Assert.Equal([("Custom", "warning")], titleTooLong.GetProperty("severityByKind").EnumerateObject().Select(kind => (kind.Name, kind.Value.GetString())));
    }

    [Fact]
    public async Task Text_GivesEachKindsSeverityWhereItDiffers()
    {
        var run = await CommandLine.RunAsync("rules");

        Assert.Contains(run.StdoutLines, line => line.StartsWith("PPC1031  error (Custom: warning) ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Markdown_IsATableWithOneRowPerRule()
    {
        var run = await CommandLine.RunAsync("rules", "--format", "markdown");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("| ID | Title | Severity | Category | Applies to | Mode |", run.StdoutLines[0]);
        Assert.Equal(RuleIds.Length + 2, run.StdoutLines.Length);
        Assert.StartsWith("| [PPC0001](https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC0001.md) | ", run.StdoutLines[2], StringComparison.Ordinal);
    }
}
