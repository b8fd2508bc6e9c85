using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;
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

        MergePathParameters(node);
        var result = new OpenApiJsonReader().Read(node, new Uri("file:///" + Path.GetFileName(root.File.Path)), new OpenApiReaderSettings());
        return result.Document;
    }

    /// <summary>
    /// Copies each path item's parameters into its operations, the operation's own winning by name and location, as
    /// Swagger 2.0 means them. Microsoft.OpenApi keeps them on the path item, where a body or form parameter does not
    /// become the operations' request body: moving a parameter between the path item and its operations changes nothing.
    /// </summary>
    private static void MergePathParameters(JsonNode root)
    {
        foreach (var (_, item) in root["paths"] as JsonObject ?? [])
        {
            if (item is not JsonObject pathItem || pathItem["parameters"] is not JsonArray shared)
            {
                continue;
            }

            pathItem.Remove("parameters");
            foreach (var (method, operation) in pathItem)
            {
                if (!SwaggerModel.HttpMethods.Contains(method) || operation is not JsonObject value)
                {
                    continue;
                }

                if (value["parameters"] is not JsonArray own)
                {
                    value["parameters"] = own = [];
                }

                var overridden = own.Select(parameter => Key(root, parameter)).ToHashSet();
                foreach (var parameter in shared.Where(parameter => !overridden.Contains(Key(root, parameter))))
                {
                    own.Add(parameter?.DeepClone());
                }
            }
        }
    }

    /// <summary>A parameter's name and location, through its reference to the document's parameters.</summary>
    private static (string? Name, string? In) Key(JsonNode root, JsonNode? parameter)
    {
        if (parameter?["$ref"]?.GetValueKind() == JsonValueKind.String && parameter["$ref"]!.GetValue<string>() is var reference
            && reference.StartsWith("#/parameters/", StringComparison.Ordinal))
        {
            parameter = root["parameters"]?[reference["#/parameters/".Length..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return (Text(parameter?["name"]), Text(parameter?["in"]));

        static string? Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
    }
}
