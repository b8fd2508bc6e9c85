using System.Text.Json;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>The real connectors of the shared corpus: the tool must get through all of them.</summary>
public sealed class CorpusTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Corpus_IsValidated_WithoutFailure_AndEveryResultIsLocated()
    {
        var output = Path.Combine(_temp.Path, "corpus.sarif");

        var run = await CommandLine.RunAsync("validate", TestData.Corpus, "--format", "sarif", "--output", output);

        Assert.True(run.ExitCode is ExitCodes.Success or ExitCodes.ErrorsFound, run.Stderr);
        var sarifText = File.ReadAllText(output);
        Assert.Empty(SarifSchema.Validate(sarifText));
        using var sarif = JsonDocument.Parse(sarifText);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        Assert.DoesNotContain(results, r => r.GetProperty("ruleId").GetString() == "PPC0006");
        Assert.All(results, result =>
        {
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.StartsWith("file:///", physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            // A finding about a place inside a JSON file must have been mapped to a region of it.
            Assert.True(!result.TryGetProperty("properties", out var properties) || !properties.TryGetProperty("jsonPointer", out _) || physical.TryGetProperty("region", out _), result.ToString());
        });
    }
}
