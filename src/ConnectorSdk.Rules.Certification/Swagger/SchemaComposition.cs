using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The schemas that together describe the object at the walk's schema node: the node, the parts of its <c>allOf</c>, and,
/// when the node is itself a part of an <c>allOf</c>, the schema it is part of with all of that one's parts; references
/// followed. A property defined, or a name required, anywhere in it counts for each of them: a name one part requires and
/// another defines is not missing.
/// </summary>
internal sealed class SchemaComposition
{
    /// <summary>More schemas than a real composition has: the rest of a longer (or looping) one is not read.</summary>
    private const int MaxSchemas = 64;

    private readonly SwaggerDocument _document;
    private readonly List<JsonElement> _schemas = [];

    private SchemaComposition(SwaggerDocument document) => _document = document;

    /// <summary>The composition the schema node of <paramref name="context"/> belongs to.</summary>
    public static SchemaComposition Of(SwaggerNodeContext context)
    {
        var path = context.Path;
        var depth = path.Depth;
        while (depth >= 3 && path.Index(depth - 1) >= 0 && path.NameEquals(depth - 2, "allOf"u8))
        {
            depth -= 2;
        }

        var composition = new SchemaComposition(context.Swagger);
        composition.Add(path.Value(depth - 1));
        return composition;
    }

    /// <summary>The composition of <paramref name="schema"/> itself (its <c>allOf</c> parts; not a schema it is a part of).</summary>
    public static SchemaComposition Of(SwaggerDocument document, JsonElement schema)
    {
        var composition = new SchemaComposition(document);
        composition.Add(schema);
        return composition;
    }

    /// <summary>Whether properties it does not define may be there: additionalProperties allowed, or properties known only at run time.</summary>
    public bool IsOpen => _schemas.Any(schema => (schema.TryGetProperty("additionalProperties"u8, out var additional) && additional.ValueKind != JsonValueKind.False)
        || schema.TryGetProperty("x-ms-dynamic-schema"u8, out _) || schema.TryGetProperty("x-ms-dynamic-properties"u8, out _));

    /// <summary>Whether a schema of the composition defines the property; <paramref name="property"/> is its schema, references followed where they can be.</summary>
    public bool TryGetProperty(string name, out JsonElement property)
    {
        foreach (var schema in _schemas)
        {
            if (schema.TryGetProperty("properties"u8, out var properties) && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var written))
            {
                property = SchemaReferences.TryResolve(_document, written, out var resolved) ? resolved : written;
                return true;
            }
        }

        property = default;
        return false;
    }

    /// <summary>Whether a schema of the composition lists the name in its <c>required</c>.</summary>
    public bool Requires(string name)
        => _schemas.Any(schema => schema.TryGetProperty("required"u8, out var required) && required.ValueKind == JsonValueKind.Array
            && required.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && item.ValueEquals(name)));

    private void Add(JsonElement schema)
    {
        if (_schemas.Count == MaxSchemas || !SchemaReferences.TryResolve(_document, schema, out var resolved) || resolved.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        _schemas.Add(resolved);
        if (resolved.TryGetProperty("allOf"u8, out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in parts.EnumerateArray())
            {
                Add(part);
            }
        }
    }
}
