using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// References inside the document followed on the values themselves (no pointer is made): for the rules that read a
/// schema as the platform does, with every <c>$ref</c> replaced by what it points to.
/// </summary>
internal static class SchemaReferences
{
    /// <summary>More hops than any real chain of references has: a longer chain is a cycle.</summary>
    private const int MaxHops = 32;

    /// <summary>
    /// The object one reference points to; false for a reference outside the document, one that does not exist or one
    /// that points at something other than an object. A chain is followed by <see cref="TryResolve"/>.
    /// </summary>
    public static bool TryFind(SwaggerDocument document, string reference, out JsonElement target)
    {
        target = default;
        if (!reference.StartsWith('#'))
        {
            return false;
        }

        try
        {
            if (document.Root.TryNavigate(JsonPointer.Parse(reference), out var found) && found.Kind == JsonValueKind.Object)
            {
                target = found.Value;
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }

    /// <summary>What a schema stands for: itself, or what its chain of <c>$ref</c> leads to; false when the chain is broken or loops.</summary>
    public static bool TryResolve(SwaggerDocument document, JsonElement schema, out JsonElement resolved)
    {
        resolved = schema;
        for (var hops = 0; resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty("$ref"u8, out var reference) && reference.ValueKind == JsonValueKind.String; hops++)
        {
            if (hops == MaxHops || !TryFind(document, reference.GetString()!, out resolved))
            {
                return false;
            }
        }

        return true;
    }
}
