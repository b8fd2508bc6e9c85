using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Json;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.Rules.BreakingChanges.Tests;

/// <summary>Runs the built-in engine, as `connector validate --baseline --mode All` does, and keeps the breaking-change findings.</summary>
internal static class Comparisons
{
    private static readonly AnalysisEngine Engine = BuiltInRulePacks.CreateEngine(new AnalysisOptions { Mode = AnalysisMode.All }, withBaseline: true, []);

    public static IReadOnlyList<Diagnostic> Compare(ConnectorProject current, ConnectorProject baseline)
        => [.. Engine.Analyze(current, baseline).Diagnostics.Where(d => d.Id.StartsWith("PPC7", StringComparison.Ordinal) || d.Id == "PPC0010" || d.Id == "PPC0006")];

    /// <summary>One line per finding: id, line and column, and message (without the shared advice).</summary>
    public static string Describe(Diagnostic diagnostic)
        => $"{diagnostic.Id} ({diagnostic.Location.Span?.StartLine},{diagnostic.Location.Span?.StartColumn}) {diagnostic.GetMessage().Replace("; " + Descriptors.Advice, "", StringComparison.Ordinal)}";

    /// <summary>The connector's folder as the baseline, a changed swagger beside its apiProperties as the new version.</summary>
    public static IReadOnlyList<Diagnostic> CompareWithChanged(string connector, Func<JsonObject, JsonNode> change)
    {
        var baseline = ConnectorProject.Load(Path.Combine(TestData.Corpus, connector));
        var files = baseline.Files.Select(f => (f.File.Kind, Content: f.ReadAllBytes())).ToList();
        var swagger = files.FindIndex(f => f.Kind == ConnectorFileKind.ApiDefinition);
        var root = Assert.IsType<JsonObject>(ParseRepaired(files[swagger].Content));

        files[swagger] = (ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(change(root).ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 3 })));
        return Compare(ConnectorProject.FromContents("/changed", baseline.Kind, files), baseline);
    }

    /// <summary>The text the engine reads (repaired where only a lenient reader accepts it), as a tree to change.</summary>
    private static JsonNode? ParseRepaired(byte[] content)
    {
        using var read = LenientJsonReader.Read(content);
        return JsonNode.Parse(read.Text.Span, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
    }
}
