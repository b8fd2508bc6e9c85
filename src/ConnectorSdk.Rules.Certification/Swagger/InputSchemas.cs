using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The schemas a request carries: those written under a body parameter, and the definitions a body parameter's schema
/// refers to, directly or through other definitions. Response and notification schemas are outputs, and so is a
/// definition only they use.
/// </summary>
internal static class InputSchemas
{
    /// <summary>The names of the definitions a request carries, found once per connector.</summary>
    private static readonly ConnectorValueProvider<HashSet<string>> Definitions = new(connector => Collect(connector.Swagger!));

    /// <summary>Whether the schema node the walk is at is part of a request.</summary>
    public static bool Contains(SwaggerNodeContext context) => Contains(context, context.Path);

    /// <summary>Whether the walk's place <paramref name="path"/> (a schema, or a member's owner) is part of a request.</summary>
    public static bool Contains(ConnectorContext context, JsonPath path)
        => path.Depth > 1 && (path.NameEquals(0, "definitions"u8)
            ? context.GetValue(Definitions).Contains(path.Name(1)!)
            : path.NameEquals(0, "parameters"u8) || (path.Depth > 3 && path.NameEquals(0, "paths"u8) && (path.NameEquals(2, "parameters"u8) || path.NameEquals(3, "parameters"u8))));

    private static HashSet<string> Collect(SwaggerDocument swagger)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (swagger.Root.Kind != JsonValueKind.Object || !swagger.Root.Value.TryGetProperty("definitions"u8, out var definitions) || definitions.ValueKind != JsonValueKind.Object)
        {
            return names;
        }

        var pending = new Stack<JsonElement>();
        foreach (var operation in swagger.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                if (parameter.In == Parameters.Body && parameter.Element.Kind == JsonValueKind.Object && parameter.Element.Value.TryGetProperty("schema"u8, out var schema))
                {
                    pending.Push(schema);
                }
            }
        }

        // Definitions are followed from a stack rather than by recursion: a chain of them is not bounded as JSON nesting is.
        while (pending.TryPop(out var schema))
        {
            Scan(definitions, schema, names, pending);
        }

        return names;
    }

    /// <summary>Every <c>$ref</c> to a definition in <paramref name="value"/>: a definition met the first time is kept, and scanned later.</summary>
    private static void Scan(JsonElement definitions, JsonElement value, HashSet<string> names, Stack<JsonElement> pending)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                Scan(definitions, item, names, pending);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in value.EnumerateObject())
            {
                if (member.NameEquals("$ref"u8) && member.Value.ValueKind == JsonValueKind.String && member.Value.GetString() is { } reference
                    && reference.StartsWith("#/definitions/", StringComparison.Ordinal) && JsonPointer.Parse(reference) is [_, var name, ..]
                    && names.Add(name) && definitions.TryGetProperty(name, out var target))
                {
                    pending.Push(target);
                }
                else
                {
                    Scan(definitions, member.Value, names, pending);
                }
            }
        }
    }
}
