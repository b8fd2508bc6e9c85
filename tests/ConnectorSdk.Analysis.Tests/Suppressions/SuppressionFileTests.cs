using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Tests.Suppressions;

/// <summary>connector.suppressions.json: matching by id, file and pointer; stale (PPC0011) and invalid (PPC0008) entries; the file's own JSON problems.</summary>
public sealed class SuppressionFileTests : IDisposable
{
    private const string Swagger = """
        {
          "swagger": "2.0",
          "paths": { "/a": { "get": {}, "put": {} } }
        }
        """;

    private static readonly DiagnosticDescriptor Rule = TestDescriptors.Create("PPC9001", DiagnosticSeverity.Error);

    private readonly string _folder = Directory.CreateTempSubdirectory("connector-suppressions-").FullName;

    public SuppressionFileTests()
    {
        File.WriteAllText(Path.Combine(_folder, "apiDefinition.swagger.json"), Swagger);
        File.WriteAllText(Path.Combine(_folder, "apiProperties.json"), "{}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string SuppressionsPath => Path.Combine(_folder, "connector.suppressions.json");

    /// <summary>PPC9001, an error, on each operation: /paths/~1a/get and /paths/~1a/put.</summary>
    private AnalysisResult Analyze(string suppressions, AnalysisOptions? options = null)
    {
        File.WriteAllText(SuppressionsPath, suppressions);
        var analyzer = new DelegateAnalyzer(context => context.RegisterOperationAction(c => c.Report(Rule, c.Operation.Element.Location, c.Operation.ToString())), Rule);
        return new AnalysisEngine([analyzer], options).Analyze(ConnectorProject.Load(_folder, ConnectorKind.Custom));
    }

    private static string Entry(string id, string file, string? pointer, string justification = "Accepted")
        => $$"""{ "id": "{{id}}", "file": "{{file}}", {{(pointer is null ? "" : $"\"pointer\": \"{pointer}\", ")}}"justification": "{{justification}}" }""";

    private static Diagnostic Finding(AnalysisResult result, string pointer) => Assert.Single(result.Diagnostics, d => d.Id == "PPC9001" && d.Location.JsonPointer == pointer);

    [Fact]
    public void MatchingEntry_SuppressesThatFinding_KeepingItsSeverity_WithTheJustification()
    {
        var result = Analyze($"[ {Entry("PPC9001", "apiDefinition.swagger.json", "/paths/~1a/get", "Kept for version 1 flows")} ]");

        var suppressed = Finding(result, "/paths/~1a/get");
        Assert.Equal((true, DiagnosticSeverity.Error, "Kept for version 1 flows"), (suppressed.IsSuppressed, suppressed.Severity, suppressed.SuppressionJustification));
        Assert.False(Finding(result, "/paths/~1a/put").IsSuppressed);
        Assert.Equal(1, result.Count(DiagnosticSeverity.Error));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PPC0011");
    }

    [Theory]
    [InlineData("PPC9002", "apiDefinition.swagger.json", "/paths/~1a/get", "no PPC9002 finding in apiDefinition.swagger.json at /paths/~1a/get; remove the entry")]
    [InlineData("PPC9001", "apiProperties.json", "/paths/~1a/get", "no PPC9001 finding in apiProperties.json at /paths/~1a/get; remove the entry")]
    [InlineData("PPC9001", "apiDefinition.swagger.json", "/paths/~1a/post", "no PPC9001 finding in apiDefinition.swagger.json at /paths/~1a/post; remove the entry")]
    public void EntryDifferingInIdFileOrPointer_SuppressesNothing_AndIsStale(string id, string file, string pointer, string stale)
    {
        var result = Analyze($"[ {Entry(id, file, pointer)} ]");

        Assert.All(result.Diagnostics.Where(d => d.Id == "PPC9001"), d => Assert.False(d.IsSuppressed));
        Assert.Equal(stale, Assert.Single(result.Diagnostics, d => d.Id == "PPC0011").Arguments[0]);
    }

    [Fact]
    public void EntryWithoutPointer_SuppressesEveryFindingOfItsIdInItsFile()
    {
        var result = Analyze($"[ {Entry("ppc9001", "./apiDefinition.swagger.json", pointer: null)} ]");

        Assert.All(result.Diagnostics.Where(d => d.Id == "PPC9001"), d => Assert.True(d.IsSuppressed));
        Assert.Equal(0, result.Count(DiagnosticSeverity.Error));
    }

    [Fact]
    public void StaleEntry_IsASuggestion_AtTheEntryInTheSuppressionsFile()
    {
        var result = Analyze($"""
            [
              {Entry("PPC9001", "apiDefinition.swagger.json", "/paths/~1a/get")},
              {Entry("PPC9001", "apiDefinition.swagger.json", "")}
            ]
            """);

        var stale = Assert.Single(result.Diagnostics, d => d.Id == "PPC0011");
        Assert.Equal(DiagnosticSeverity.Info, stale.Severity);
        Assert.Equal((SuppressionsPath, "/1"), (stale.Location.FilePath, stale.Location.JsonPointer));
        var span = stale.Location.Span!.Value;
        Assert.Equal((3, 3, 3, 3 + Entry("PPC9001", "apiDefinition.swagger.json", "").Length), (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn));
        Assert.Equal("This suppression entry suppresses nothing: no PPC9001 finding in apiDefinition.swagger.json at the root; remove the entry", stale.GetMessage());
    }

    [Fact]
    public void InvalidEntries_ArePPC0008_EachAtItsEntry()
    {
        var result = Analyze("""[ 42, { "id": "PPC9001" }, { "id": "PPC9001", "file": "apiDefinition.swagger.json", "pointer": 3 } ]""");

        var invalid = result.Diagnostics.Where(d => d.Id == "PPC0008").ToList();
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PPC0011");
        Assert.Equal(["/0", "/1", "/2"], invalid.Select(d => d.Location.JsonPointer));
        Assert.All(invalid, d => Assert.Contains("an entry must be an object with string \"id\" and \"file\"", d.GetMessage(), StringComparison.Ordinal));
        Assert.All(result.Diagnostics.Where(d => d.Id == "PPC9001"), d => Assert.False(d.IsSuppressed));
    }

    [Fact]
    public void FileThatIsNotAnArray_IsPPC0008_AtItsRoot()
        => Assert.Equal(
            "connector.suppressions.json: the file is not a JSON array of entries; the entry is ignored",
            Assert.Single(Analyze("""{ "id": "PPC9001" }""").Diagnostics, d => d.Id == "PPC0008").GetMessage());

    [Fact]
    public void StaleEntry_FollowsTheConfiguredSeverity()
    {
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "[*.json]\ndotnet_diagnostic.PPC0011.severity = warning\n");

        var result = Analyze($"[ {Entry("PPC9001", "apiDefinition.swagger.json", "/nowhere")} ]");

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "PPC0011").Severity);
    }

    [Fact]
    public void UnreadableFile_IsPPC0002_InTheSuppressionsFile_AndSuppressesNothing()
    {
        var result = Analyze("[ { \"id\": ");

        Assert.Equal(SuppressionsPath, Assert.Single(result.Diagnostics, d => d.Id == "PPC0002").Location.FilePath);
        Assert.All(result.Diagnostics.Where(d => d.Id == "PPC9001"), d => Assert.False(d.IsSuppressed));
    }

    [Fact]
    public void LenientFile_IsPPC0003_AndStillApplies()
    {
        var result = Analyze($"[ {Entry("PPC9001", "apiDefinition.swagger.json", "/paths/~1a/get")}, ]");

        Assert.Equal(SuppressionsPath, Assert.Single(result.Diagnostics, d => d.Id == "PPC0003").Location.FilePath);
        Assert.True(Finding(result, "/paths/~1a/get").IsSuppressed);
    }

    [Fact]
    public void SuppressionsFileOption_ReplacesTheConnectorsOwn()
    {
        var other = Path.Combine(_folder, "other.json");
        File.WriteAllText(other, $"[ {Entry("PPC9001", "apiDefinition.swagger.json", "/paths/~1a/put")} ]");

        var result = Analyze($"[ {Entry("PPC9001", "apiDefinition.swagger.json", "/paths/~1a/get")} ]", new AnalysisOptions { Mode = AnalysisMode.Default, SuppressionsFile = other });

        Assert.Equal((false, true), (Finding(result, "/paths/~1a/get").IsSuppressed, Finding(result, "/paths/~1a/put").IsSuppressed));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PPC0011");
    }
}
