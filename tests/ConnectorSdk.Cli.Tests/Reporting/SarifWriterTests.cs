using System.Buffers;
using System.Text;
using System.Text.Json;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests.Reporting;

public sealed class SarifWriterTests
{
    // Spaces, an apostrophe and non-ASCII letters, as real connector folder names have.
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "Raiser's Edge é", "Contoso");

    private static readonly Uri HelpLinkBase = new("https://example.com/repo/");

    [Fact]
    public void Log_IsValidAgainstTheOfficialSchema()
    {
        var errors = SarifSchema.Validate(Write());

        Assert.Empty(errors);
    }

    [Fact]
    public void Driver_ListsEveryRule_WithItsMetadata()
    {
        using var sarif = JsonDocument.Parse(Write());

        var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("ConnectorSdk", driver.GetProperty("name").GetString());
        Assert.Equal(Diagnostics.Rules.Select(r => r.Id), driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var rule = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "TST0001");
        Assert.Equal("TST0001", rule.GetProperty("name").GetString());
        Assert.Equal("Title of TST0001", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Description of TST0001.", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("https://example.com/repo/docs/rules/TST0001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("Test", rule.GetProperty("properties").GetProperty("category").GetString());
        Assert.False(rule.GetProperty("defaultConfiguration").TryGetProperty("properties", out _));
    }

    [Fact]
    public void Driver_GivesTheLevelOfEachKindWhoseDefaultDiffers()
    {
        using var sarif = JsonDocument.Parse(Write());

        var rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "TST0005");
        var configuration = rule.GetProperty("defaultConfiguration");
        Assert.Equal("warning", configuration.GetProperty("level").GetString());
        Assert.Equal(
            [("Certified", "note"), ("Custom", "error")],
            configuration.GetProperty("properties").GetProperty("levelByKind").EnumerateObject().Select(kind => (kind.Name, kind.Value.GetString())));
    }

    [Fact]
    public void Results_AreTheReportedDiagnostics_WithLevelsAndRuleIndexes()
    {
        using var sarif = JsonDocument.Parse(Write());

        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["TST0001", "TST0002", "TST0003"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(["error", "warning", "note"], results.Select(r => r.GetProperty("level").GetString()));
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
        Assert.Equal("Message about 'get'", results[0].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Result_InAJsonFile_HasAnAbsoluteFileUri_ARegion_AndThePointer()
    {
        using var sarif = JsonDocument.Parse(Write());

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", uri, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(Folder, "apiDefinition.swagger.json"), new Uri(uri).LocalPath);
        var region = physical.GetProperty("region");
        Assert.Equal(
            (Diagnostics.Span.StartLine, Diagnostics.Span.StartColumn, Diagnostics.Span.EndLine, Diagnostics.Span.EndColumn),
            (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("/paths/~1items/get", result.GetProperty("properties").GetProperty("jsonPointer").GetString());
        Assert.False(result.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void SuppressedResult_IsKept_WithAnExternalSuppression_AndItsJustification()
    {
        using var sarif = JsonDocument.Parse(Write());

        var suppression = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[1].GetProperty("suppressions").EnumerateArray().ToArray());
        Assert.Equal(("external", "Accepted"), (suppression.GetProperty("kind").GetString(), suppression.GetProperty("justification").GetString()));
    }

    [Fact]
    public void ResultAboutAMissingFile_PointsAtItsPath_WithoutARegion()
    {
        using var sarif = JsonDocument.Parse(Write());

        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[2];
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(Path.Combine(Folder, "readme.md"), new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
        Assert.False(physical.TryGetProperty("region", out _));
        Assert.False(result.TryGetProperty("properties", out _));
    }

    private static string Write()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var sarif = SarifWriter.Start(json, Diagnostics.Rules, HelpLinkBase);
            sarif.Write(Diagnostics.Result(Folder));
            sarif.Complete();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
