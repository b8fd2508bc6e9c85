using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// Telling the schemas that describe what operations return: a response's schema (an operation's, or one of the
/// document's <c>responses</c>), a webhook's <c>x-ms-notification-content</c> schema, what they nest, and the
/// definitions they reach through <c>$ref</c> at any depth (<see cref="Provider"/>, once per connector).
/// </summary>
internal static class ResponseSchemas
{
    private const string DefinitionPrefix = "#/definitions/";

    private static readonly SwaggerObjectModel Schema = SwaggerModel.Of(SwaggerNodeKind.Schema);

    /// <summary>The names of the definitions a response reaches.</summary>
    public static readonly ConnectorValueProvider<IReadOnlySet<string>> Provider = new(connector => ReachedDefinitions(connector.Swagger!));

    /// <summary>Whether the schema the walk is at is part of a response, where it is written.</summary>
    public static bool Contains(SwaggerNodeContext context) => Contains(context, context.Path);

    /// <summary>Whether the walk's place <paramref name="path"/> (a schema, or a member's owner) is part of a response, where it is written.</summary>
    public static bool Contains(ConnectorContext context, JsonPath path)
        => path.Depth > 2 && (path.NameEquals(0, "responses"u8)
            || (path.NameEquals(0, "definitions"u8) && context.GetValue(Provider).Contains(path.Name(1)!))
            || (path.NameEquals(0, "paths"u8) && path.Depth > 4 && (path.NameEquals(2, "x-ms-notification-content"u8) || path.NameEquals(3, "responses"u8) || path.NameEquals(3, "x-ms-notification-content"u8))));

    private static HashSet<string> ReachedDefinitions(SwaggerDocument swagger)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonElement>();
        var root = swagger.Root.Value;
        foreach (var operation in swagger.Operations)
        {
            foreach (var response in operation.Responses)
            {
                PushSchemaOf(response.Element.Value, pending);
            }

            PushSchemaOf(NotificationContent(operation.Element.Value), pending);
            PushSchemaOf(NotificationContent(operation.PathItem.Value), pending);
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("responses"u8, out var responses) && responses.ValueKind == JsonValueKind.Object)
        {
            foreach (var response in responses.EnumerateObject())
            {
                PushSchemaOf(response.Value, pending);
            }
        }

        var definitions = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("definitions"u8, out var found) && found.ValueKind == JsonValueKind.Object ? found : default;
        while (pending.TryPop(out var schema))
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (schema.TryGetProperty("$ref"u8, out var reference) && reference.ValueKind == JsonValueKind.String
                && reference.GetString() is { } target && target.StartsWith(DefinitionPrefix, StringComparison.Ordinal)
                && DefinitionName(target) is var name && reached.Add(name)
                && definitions.ValueKind == JsonValueKind.Object && definitions.TryGetProperty(name, out var definition))
            {
                pending.Push(definition);
            }

            PushNested(schema, pending);
        }

        return reached;
    }

    private static JsonElement NotificationContent(JsonElement owner)
        => owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty("x-ms-notification-content"u8, out var content) ? content : default;

    private static void PushSchemaOf(JsonElement owner, Stack<JsonElement> pending)
    {
        if (owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty("schema"u8, out var schema))
        {
            pending.Push(schema);
        }
    }

    /// <summary>The schemas a schema nests, under the keywords the metamodel gives (properties, items, allOf...).</summary>
    private static void PushNested(JsonElement schema, Stack<JsonElement> pending)
    {
        foreach (var member in schema.EnumerateObject())
        {
            var value = member.Value;
            if (!Schema.TryGetField(member, out var field) || field.ChildKind != SwaggerNodeKind.Schema)
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Object && field.Shape is SwaggerChildShape.Map or SwaggerChildShape.MapWithExtensions)
            {
                foreach (var entry in value.EnumerateObject())
                {
                    pending.Push(entry.Value);
                }
            }
            else if (value.ValueKind == JsonValueKind.Array && field.Shape is SwaggerChildShape.List or SwaggerChildShape.SingleOrList)
            {
                foreach (var item in value.EnumerateArray())
                {
                    pending.Push(item);
                }
            }
            else if (field.Shape is SwaggerChildShape.Single or SwaggerChildShape.SingleOrList)
            {
                pending.Push(value);
            }
        }
    }

    /// <summary>The definition a reference names: its first segment after #/definitions/, unescaped (~1 is '/', ~0 is '~').</summary>
    private static string DefinitionName(string reference)
    {
        var name = reference.AsSpan(DefinitionPrefix.Length);
        var end = name.IndexOf('/');
        return (end < 0 ? name : name[..end]).ToString().Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }
}
