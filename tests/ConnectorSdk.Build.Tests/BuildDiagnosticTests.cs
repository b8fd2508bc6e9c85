using ConnectorSdk.Analysis;
using ConnectorSdk.Build.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.Tests;

public sealed class BuildDiagnosticTests : IDisposable
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "PPC1051", "Duplicate operationId", "operationId '{0}' is already used by {1}", "Swagger", DiagnosticSeverity.Error, AnalysisMode.Default, ConnectorKinds.All, "Each operationId is unique.");

    private static readonly Diagnostic Duplicate = Diagnostic.Create(
        Descriptor, Location.InText("/c/apiDefinition.swagger.json", new SourceSpan(12, 7, 12, 30)), "ListTasks", "GET /lists");

    private static BuildDiagnostic Logged(DiagnosticSeverity severity) => BuildDiagnostic.Create(Duplicate.WithSeverity(severity), "https://example.test/PPC1051.md");

    private readonly string _folder = Directory.CreateTempSubdirectory("connectorsdk-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Warning_IsLoggedWithEveryField()
    {
        var engine = Log(Logged(DiagnosticSeverity.Warning));

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(
            (null, "PPC1051", null, "https://example.test/PPC1051.md", "/c/apiDefinition.swagger.json", 12, 7, 12, 30, "operationId 'ListTasks' is already used by GET /lists"),
            (warning.Subcategory, warning.Code, warning.HelpKeyword, warning.HelpLink, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.Message));
    }

    [Fact]
    public void Error_IsLoggedWithEveryField()
    {
        var engine = Log(Logged(DiagnosticSeverity.Error));

        var error = Assert.Single(engine.Errors);
        Assert.Equal(
            (null, "PPC1051", null, "https://example.test/PPC1051.md", "/c/apiDefinition.swagger.json", 12, 7, 12, 30, "operationId 'ListTasks' is already used by GET /lists"),
            (error.Subcategory, error.Code, error.HelpKeyword, error.HelpLink, error.File, error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber, error.Message));
    }

    [Fact]
    public void Suggestion_IsLoggedAsMessageWithItsPosition()
    {
        var engine = Log(Logged(DiagnosticSeverity.Info));

        var message = Assert.Single(engine.Messages);
        Assert.Equal(
            ("PPC1051", "/c/apiDefinition.swagger.json", 12, 7, 12, 30, "operationId 'ListTasks' is already used by GET /lists"),
            (message.Code, message.File, message.LineNumber, message.ColumnNumber, message.EndLineNumber, message.EndColumnNumber, message.Message));
    }

    [Fact]
    public void MissingFile_HasNoPosition()
    {
        var entry = BuildDiagnostic.Create(Diagnostic.Create(Descriptor, Location.InFile("/c/apiProperties.json"), "a", "b"), null);

        Assert.Equal(("/c/apiProperties.json", 0, 0, 0, 0), (entry.File, entry.Line, entry.Column, entry.EndLine, entry.EndColumn));
    }

    [Fact]
    public void Replay_LogsWhatWasSaved()
    {
        var cache = Path.Combine(_folder, "cache.json");
        var saved = Logged(DiagnosticSeverity.Warning);
        new AnalysisCache("Contoso", ConnectorKind.Certified, AnalysisMode.Recommended, [saved]).Save(cache);
        var engine = new RecordingBuildEngine(Path.Combine(_folder, "c.csproj"));

        Assert.True(new ReplayConnectorDiagnostics { BuildEngine = engine, CacheFile = cache }.Execute());

        var first = Log(saved).Warnings.Single();
        var replayed = Assert.Single(engine.Warnings);
        Assert.Equal(
            (first.Code, first.HelpLink, first.File, first.LineNumber, first.ColumnNumber, first.EndLineNumber, first.EndColumnNumber, first.Message),
            (replayed.Code, replayed.HelpLink, replayed.File, replayed.LineNumber, replayed.ColumnNumber, replayed.EndLineNumber, replayed.EndColumnNumber, replayed.Message));
        var summary = Assert.Single(engine.Messages);
        Assert.Equal((MessageImportance.High, "Contoso (Certified connector, mode Recommended): nothing changed, replayed 0 errors, 1 warning"), (summary.Importance, summary.Message));
    }

    private RecordingBuildEngine Log(BuildDiagnostic diagnostic)
    {
        var engine = new RecordingBuildEngine(Path.Combine(_folder, "c.csproj"));
        diagnostic.LogTo(new TaskLoggingHelper(engine, "Test"));
        return engine;
    }
}
