using System.Text.Json;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>connector.suppressions.json and --suppressions: suppressed errors do not count, SARIF keeps them with their justification.</summary>
public sealed class ValidateSuppressionsTests : IDisposable
{
    private const string SuppressMissingApiProperties = """
        [ { "id": "PPC0001", "file": "apiProperties.json", "justification": "Generated at release time" } ]
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SuppressedError_DoesNotCount_AndIsLeftOutOfTheText()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("c");
        _temp.Write("c/connector.suppressions.json", SuppressMissingApiProperties);

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1 connector, 0 errors, 0 warnings"], run.StdoutLines);
    }

    [Fact]
    public async Task Sarif_KeepsTheSuppressedResult_WithItsJustification()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("c");
        _temp.Write("c/connector.suppressions.json", SuppressMissingApiProperties);

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--format", "sarif");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(SarifSchema.Validate(run.Stdout));
        using var sarif = JsonDocument.Parse(run.Stdout);
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal(("PPC0001", "error"), (result.GetProperty("ruleId").GetString(), result.GetProperty("level").GetString()));
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal(("external", "Generated at release time"), (suppression.GetProperty("kind").GetString(), suppression.GetProperty("justification").GetString()));
    }

    [Fact]
    public async Task StaleEntry_IsPPC0011_AtTheEntry_AndDoesNotFail()
    {
        var connector = _temp.WriteCleanConnector("c");
        var suppressions = _temp.Write("c/connector.suppressions.json", "[\n  { \"id\": \"PPC1051\", \"file\": \"apiDefinition.swagger.json\", \"pointer\": \"/paths\" }\n]");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{suppressions}(2,3,2,81): info PPC0011: This suppression entry suppresses nothing: no PPC1051 finding in apiDefinition.swagger.json at /paths; remove the entry", run.StdoutLines);
    }

    [Fact]
    public async Task SuppressionsOption_AppliesTheGivenFile()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("c");
        var suppressions = _temp.Write("elsewhere.json", SuppressMissingApiProperties);

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--suppressions", suppressions);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task SuppressionsOption_NamingNoFile_IsAUsageError()
    {
        var run = await CommandLine.RunAsync("validate", _temp.WriteCleanConnector("c"), "--suppressions", Path.Combine(_temp.Path, "none.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("none.json' does not exist", run.Stderr, StringComparison.Ordinal);
    }
}
