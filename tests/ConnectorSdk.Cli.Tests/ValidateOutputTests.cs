using System.Text.Json;
using System.Text.RegularExpressions;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>The three report formats of a real run (the analysis itself is the engine's; these tests check the host).</summary>
public sealed partial class ValidateOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Text_HasOneCanonicalLinePerDiagnostic_ThenTheSummary()
    {
        var missing = _temp.WriteConnectorMissingApiProperties("Missing");
        _temp.Write("Unreadable/apiDefinition.swagger.json", Samples.UnreadableSwagger);
        _temp.Write("Unreadable/apiProperties.json", Samples.ApiProperties);

        var run = await CommandLine.RunAsync("validate", _temp.Path, "--mode", "None");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(
            [
                $"{Path.Combine(missing, "apiProperties.json")}: error PPC0001: The connector has no apiProperties.json; every connector needs one (file names match in any letter case)",
                "2 connectors, 2 errors, 0 warnings",
            ],
            [run.StdoutLines[0], run.StdoutLines[^1]]);
        Assert.Matches(SpanLine(), run.StdoutLines[1]);
        Assert.Equal(3, run.StdoutLines.Length);
    }

    /// <summary>A folder with apiProperties.json and a misnamed swagger is a connector; the swagger is analyzed under its own name, and PPC0001 says to rename it.</summary>
    [Fact]
    public async Task MisnamedSwagger_IsFound_AnalyzedUnderItsName_AndAnError()
    {
        var misnamed = _temp.Write("Contoso/apiDefination.swagger.json", Samples.UnreadableSwagger);
        _temp.Write("Contoso/apiProperties.json", Samples.ApiProperties);

        var run = await CommandLine.RunAsync("validate", _temp.Path, "--mode", "None");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal(
            [
                $"{misnamed}: error PPC0001: The connector has no apiDefinition.swagger.json; 'apiDefination.swagger.json' was analyzed in its place, but certification requires the exact name: rename it to apiDefinition.swagger.json",
                "1 connector, 2 errors, 0 warnings",
            ],
            [run.StdoutLines[0], run.StdoutLines[^1]]);
        Assert.StartsWith($"{misnamed}(1,", run.StdoutLines[1], StringComparison.Ordinal);
        Assert.Contains("error PPC0002: apiDefination.swagger.json cannot be read as JSON", run.StdoutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_FollowDiscoveryOrder_ThoughAnalyzedInParallel()
    {
        var folders = Enumerable.Range(0, 24).Select(i => $"Connector{i:D2}").ToArray();
        foreach (var folder in folders.Reverse())
        {
            _temp.WriteConnectorMissingApiProperties(folder);
        }

        var run = await CommandLine.RunAsync("validate", _temp.Path, "--mode", "None");

        var reported = run.StdoutLines[..^1].Select(line => Path.GetFileName(Path.GetDirectoryName(line[..line.IndexOf(": error", StringComparison.Ordinal)]))).ToArray();
        Assert.Equal(folders, reported);
    }

    [Fact]
    public async Task Output_IsWritten_WhenErrorsAreFound()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("Contoso");
        var output = Path.Combine(_temp.Path, "report.sarif");

        var run = await CommandLine.RunAsync("validate", connector, "--format", "sarif", "--output", output, "--mode", "None");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal("1 connector, 1 error, 0 warnings", Assert.Single(run.StdoutLines));
        Assert.Empty(SarifSchema.Validate(File.ReadAllText(output)));
    }

    [Fact]
    public async Task ShortOutputOption_CreatesMissingFolders()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("Contoso");
        var output = Path.Combine(_temp.Path, "reports", "today", "report.json");

        var run = await CommandLine.RunAsync("validate", connector, "--format", "json", "-o", output, "--mode", "None");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task FolderAsOutput_IsBadUsage_InOneLine()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--output", _temp.Path);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"connector: error: --output '{_temp.Path}' is a folder; give the path of the report file, e.g. '{Path.Combine(_temp.Path, "connectors.sarif")}'.", Assert.Single(run.StderrLines).TrimEnd());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Summary_UsesTheSingular_ForOne()
    {
        _temp.WriteConnectorMissingApiProperties("Contoso");

        var run = await CommandLine.RunAsync("validate", _temp.Path, "--mode", "None");

        Assert.Equal("1 connector, 1 error, 0 warnings", run.StdoutLines[^1]);
    }

    [Fact]
    public async Task Sarif_IsValid_AndLocatesEveryResult()
    {
        _temp.WriteConnectorMissingApiProperties("Missing");
        _temp.Write("Unreadable/apiDefinition.swagger.json", Samples.UnreadableSwagger);
        _temp.Write("Unreadable/apiProperties.json", Samples.ApiProperties);

        var run = await CommandLine.RunAsync("validate", _temp.Path, "--format", "sarif", "--mode", "None");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Empty(SarifSchema.Validate(run.Stdout));
        using var sarif = JsonDocument.Parse(run.Stdout);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["PPC0001", "PPC0002"], results.Select(r => r.GetProperty("ruleId").GetString()));
        var missingFile = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(Path.Combine(_temp.Path, "Missing", "apiProperties.json")).AbsoluteUri, missingFile.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(missingFile.TryGetProperty("region", out _));
        Assert.True(results[1].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
    }

    [Fact]
    public async Task Json_ListsConnectorsWithTheirDiagnostics_ThenTheSummary()
    {
        var clean = _temp.WriteCleanConnector("Clean");
        var missing = _temp.WriteConnectorMissingApiProperties("Missing");

        var run = await CommandLine.RunAsync("validate", clean, missing, "--format", "json", "--mode", "None", "--help-link-base", "https://example.com/docs");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        using var report = JsonDocument.Parse(run.Stdout);
        var connectors = report.RootElement.GetProperty("connectors").EnumerateArray().ToArray();
        Assert.Equal([clean, missing], connectors.Select(c => c.GetProperty("folder").GetString()));
        Assert.Equal(["Custom", "Custom"], connectors.Select(c => c.GetProperty("kind").GetString()));
        Assert.Empty(connectors[0].GetProperty("diagnostics").EnumerateArray());
        var diagnostic = Assert.Single(connectors[1].GetProperty("diagnostics").EnumerateArray().ToArray());
        Assert.Equal("PPC0001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(Path.Combine(missing, "apiProperties.json"), diagnostic.GetProperty("file").GetString());
        Assert.Equal("https://example.com/docs/docs/rules/PPC0001.md", diagnostic.GetProperty("helpUri").GetString());
        Assert.False(diagnostic.GetProperty("suppressed").GetBoolean());
        var summary = report.RootElement.GetProperty("summary");
        Assert.Equal((2, 1, 0), (summary.GetProperty("connectors").GetInt32(), summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32()));
    }

    [GeneratedRegex(@"^.+[/\\]Unreadable[/\\]apiDefinition\.swagger\.json\(\d+,\d+,\d+,\d+\): error PPC0002: apiDefinition\.swagger\.json cannot be read as JSON at line \d+, column \d+: .+$")]
    private static partial Regex SpanLine();
}
