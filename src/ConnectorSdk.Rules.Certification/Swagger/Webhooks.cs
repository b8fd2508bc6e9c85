using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>Telling a webhook operation: one that registers a callback URL, a parameter or a body property marked <c>"x-ms-notification-url": true</c>.</summary>
internal static class Webhooks
{
    /// <summary>How deep into a body schema's properties the mark is looked for: real registrations nest it one or two levels.</summary>
    private const int MaxDepth = 8;

    private const string Mark = "x-ms-notification-url";

    public static bool IsWebhook(SwaggerDocument swagger, SwaggerOperation operation)
        => operation.Parameters.Any(parameter => IsMarked(parameter.Element.Value)
            || (parameter.In == "body" && parameter.Element.TryGetProperty("schema", out var schema) && HasMarkedProperty(swagger, schema, MaxDepth)));

    private static bool IsMarked(JsonElement element)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(Mark, out var mark) && mark.ValueKind == JsonValueKind.True;

    /// <summary>Whether a property of the schema (references followed), at any depth up to <paramref name="depth"/>, is marked.</summary>
    private static bool HasMarkedProperty(SwaggerDocument swagger, SourceElement schema, int depth)
    {
        if (depth == 0 || !swagger.TryResolve(schema, out var resolved) || !resolved.TryGetProperty("properties", out var properties) || properties.Kind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in properties.EnumerateProperties())
        {
            if (swagger.TryResolve(property, out var target) && (IsMarked(target.Value) || HasMarkedProperty(swagger, target, depth - 1)))
            {
                return true;
            }
        }

        return false;
    }
}
