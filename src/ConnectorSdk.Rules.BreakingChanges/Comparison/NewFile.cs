using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.BreakingChanges.Comparison;

/// <summary>
/// Places in the new version's file, through the engine's view of it (operations with their path item's parameters,
/// references resolved to where they are defined): every finding is located here and turned into a span by the engine.
/// </summary>
internal sealed class NewFile(SwaggerDocument current)
{
    /// <summary>The file itself, for what has no place left in it.</summary>
    public Location File { get; } = Location.InFile(current.Root.File.Path);

    public SourceElement Root => current.Root;

    public SwaggerOperation? Operation(string path, string method)
        => current.Operations.FirstOrDefault(o => o.Path == path && string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase));

    public SourceElement? PathItem(string path)
        => current.Root.TryGetProperty("paths", out var paths) && paths.TryGetProperty(path, out var item) ? item : null;

    public static SourceElement? Parameter(SwaggerOperation? operation, string name, string location)
        => operation?.Parameters.FirstOrDefault(p => p.Name == name && p.In == location)?.Element;

    public static SourceElement? Response(SwaggerOperation? operation, string statusCode)
        => operation?.Responses.FirstOrDefault(r => r.StatusCode == statusCode)?.Element;

    /// <summary>A member of an element (a value to point at), or null.</summary>
    public static SourceElement? Member(SourceElement? element, string name)
        => element is { } e && e.Kind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty(name, out var member) ? member : null;

    /// <summary>A schema's property where it is written: in its own <c>properties</c> or an <c>allOf</c> entry's, references followed.</summary>
    public SourceElement? Property(SourceElement? schema, string name)
    {
        if (schema is not { } written || Resolve(written) is not { Kind: System.Text.Json.JsonValueKind.Object } resolved)
        {
            return null;
        }

        if (Member(Member(resolved, "properties"), name) is { } property)
        {
            return property;
        }

        if (Member(resolved, "allOf") is { Kind: System.Text.Json.JsonValueKind.Array } allOf)
        {
            foreach (var part in allOf.EnumerateItems())
            {
                if (Property(part, name) is { } inherited)
                {
                    return inherited;
                }
            }
        }

        return null;
    }

    /// <summary>A schema's <c>items</c>, references followed.</summary>
    public SourceElement? Items(SourceElement? schema) => schema is { } written ? Member(Resolve(written), "items") : null;

    /// <summary>The object a <c>$ref</c> points at, else the element.</summary>
    public SourceElement Resolve(SourceElement element) => current.ResolveOrSelf(element);

    /// <summary>The value of a member when it is there, else the element's own place, else the file.</summary>
    public Location At(SourceElement? element, string? member = null)
        => element is { } e ? (member is not null && Member(Resolve(e), member) is { } value ? value.Location : e.Location) : File;
}
