using System.Text.Json;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

public sealed class RulesCommandTests
{
    private static readonly string[] RuleIds = BuiltInRules.CreateEngine(new AnalysisOptions()).Descriptors.Select(d => d.Id).ToArray();

    [Fact]
    public async Task Text_HasAHeader_ThenOneLinePerRule()
    {
        var run = await CommandLine.RunAsync("rules");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("ID ", run.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal(RuleIds, run.StdoutLines[1..].Select(line => line.Split(' ')[0]));
        Assert.Contains(run.StdoutLines, line => line.StartsWith("PPC0001  error  ", StringComparison.Ordinal) && line.EndsWith("/docs/rules/PPC0001.md", StringComparison.Ordinal));
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
