using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>Telling a webhook operation: one that registers a callback URL, a parameter or a body property marked <c>"x-ms-notification-url": true</c>.</summary>
internal static class Webhooks
{
    /// <summary>How deep into a body schema's properties the mark is looked for: real registrations nest it one or two levels.</summary>
    private const int MaxDepth = 8;

    public const string Mark = "x-ms-notification-url";

    /// <summary>The extension that describes what a webhook posts to the callback URL, on the operation or its path item.</summary>
    public const string Content = "x-ms-notification-content";

    public static bool IsWebhook(SwaggerDocument swagger, SwaggerOperation operation)
        => operation.Parameters.Any(parameter => IsMarked(parameter.Element.Value) || BodyMarks(swagger, parameter).Any());

    /// <summary>Whether the operation is a webhook trigger: a webhook with <c>x-ms-trigger</c> (a webhook without it is an action that waits for a callback).</summary>
    public static bool IsTrigger(SwaggerDocument swagger, SwaggerOperation operation)
        => operation.Element.TryGetProperty(Triggers.ExtensionName, out _) && IsWebhook(swagger, operation);

    /// <summary>The operation's <c>x-ms-notification-content</c>, else its path item's; false when neither has one.</summary>
    public static bool TryGetContent(SwaggerOperation operation, out SourceElement content)
        => operation.Element.TryGetProperty(Content, out content)
            || (operation.PathItem.Kind == JsonValueKind.Object && operation.PathItem.TryGetProperty(Content, out content));

    /// <summary>
    /// The marked properties of a body parameter's schema (references followed, nested up to <see cref="MaxDepth"/>
    /// levels), each with what the way down from the parameter says about it.
    /// </summary>
    public static IEnumerable<MarkedProperty> BodyMarks(SwaggerDocument swagger, SwaggerParameter parameter)
        => parameter.In == Parameters.Body && parameter.Element.TryGetProperty("schema", out var schema)
            ? Marks(swagger, schema, Visibility.IsInternal(parameter.Element.Value), null, MaxDepth)
            : [];

    private static bool IsMarked(JsonElement element)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(Mark, out var mark) && mark.ValueKind == JsonValueKind.True;

    private static IEnumerable<MarkedProperty> Marks(SwaggerDocument swagger, SourceElement schema, bool hidden, string? optional, int depth)
    {
        if (depth == 0 || !swagger.TryResolve(schema, out var resolved) || !resolved.TryGetProperty("properties", out var properties) || properties.Kind != JsonValueKind.Object)
        {
            yield break;
        }

        var composition = SchemaComposition.Of(swagger, resolved.Value);
        foreach (var property in properties.EnumerateProperties())
        {
            if (!swagger.TryResolve(property, out var target))
            {
                continue;
            }

            var isHidden = hidden || Visibility.IsInternal(target.Value);
            var firstOptional = optional ?? (composition.Requires(property.Name!) ? null : property.Name);
            if (IsMarked(target.Value))
            {
                yield return new MarkedProperty(target, property.Name!, isHidden, firstOptional);
            }

            foreach (var nested in Marks(swagger, target, isHidden, firstOptional, depth - 1))
            {
                yield return nested;
            }
        }
    }
}

/// <summary>A body property marked <c>x-ms-notification-url</c>.</summary>
/// <param name="Property">The property's schema, where it is defined (references followed).</param>
/// <param name="Name">The property's name.</param>
/// <param name="IsInternal">Whether it, or a property or body parameter above it, is <c>internal</c>.</param>
/// <param name="FirstOptional">The first property on the way down from the body (this one included) that its object does not require; null when every one is required.</param>
internal readonly record struct MarkedProperty(SourceElement Property, string Name, bool IsInternal, string? FirstOptional);
