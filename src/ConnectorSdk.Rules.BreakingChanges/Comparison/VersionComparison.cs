using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorSdk.Analysis;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>
/// The changes between a connector and its baseline, computed once per run and shared by every rule of the pack
/// (a <see cref="ConnectorValueProvider{TValue}"/> holds the per-run cache: the baseline is the context's, not the connector's).
/// </summary>
internal sealed class VersionComparison
{
    private static readonly ConnectorValueProvider<VersionComparison> Provider = new(_ => new VersionComparison());

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private IReadOnlyList<Change>? _changes;

    public static IReadOnlyList<Change> Of(BaselineContext context)
    {
        var comparison = context.GetValue(Provider);
        return comparison._changes ??= Compare(context);
    }

    private static List<Change> Compare(BaselineContext context)
    {
        var changes = new List<Change>();
        // Both versions from the engine's text (repaired where only a lenient reader accepts it): Microsoft.OpenApi matches and compares.
        if (Read(context.Baseline.Root) is { } previous && Read(context.Current.Root) is { } current)
        {
            new SwaggerComparer(previous, current, new NewFile(context.Current), changes).Compare();
        }

        Authentication.Compare(context, changes);
        Endpoint.Compare(context, changes);
        UpdateClassifier.Classify(context, changes);
        return changes;
    }

    private static OpenApiDocument? Read(SourceElement root)
    {
        // The engine's reader accepts trailing commas and comments in place (only what JSON forbids outright is repaired).
        if (JsonNode.Parse(root.Value.GetRawText(), documentOptions: Lenient) is not { } node)
        {
            return null;
        }

        var result = new OpenApiJsonReader().Read(node, new Uri("file:///" + Path.GetFileName(root.File.Path)), new OpenApiReaderSettings());
        return result.Document;
    }
}
