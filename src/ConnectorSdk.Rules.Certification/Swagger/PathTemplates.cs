using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>Reading the variables of a path template such as <c>/sites/{siteId}/items/{id}</c>.</summary>
internal static class PathTemplates
{
    /// <summary>
    /// The names of the well-formed variables (non-empty, closed within their segment), in order and
    /// without repeats. A variable written with a default (<c>{id=5}</c>, reported by PPC1074) counts by
    /// its name. Malformed braces are skipped: PPC1074 reports them.
    /// </summary>
    public static IReadOnlyList<string> Variables(string path)
    {
        List<string>? names = null;
        for (var open = path.IndexOf('{'); open >= 0; open = path.IndexOf('{', open + 1))
        {
            var length = path.AsSpan(open + 1).IndexOfAny('}', '{', '/');
            if (length <= 0 || path[open + 1 + length] != '}')
            {
                continue;
            }

            var name = path.Substring(open + 1, length);
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            name = equals >= 0 ? name[..equals] : name;
            if (name.Length > 0 && !(names ??= []).Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The path items of the swagger's <c>paths</c> (its extensions left out), in file order; their names are the paths.</summary>
    public static IEnumerable<SourceElement> PathItems(SwaggerDocument swagger)
        => swagger.Root.TryGetProperty("paths", out var paths)
            ? paths.EnumerateProperties().Where(pathItem => !SwaggerModel.IsExtension(pathItem.Name!))
            : [];

    /// <summary>The HTTP methods a path item defines operations for, in the specification's order.</summary>
    public static string[] Methods(SourceElement pathItem)
        => [.. SwaggerModel.HttpMethods.Where(method => pathItem.TryGetProperty(method, out _))];

    /// <summary>Methods for a message: "GET, POST".</summary>
    public static string Upper(IEnumerable<string> methods) => string.Join(", ", methods.Select(method => method.ToUpperInvariant()));

    /// <summary>The template with every variable written <c>{}</c>: two paths that route the same requests normalize alike, ignoring letter case.</summary>
    public static string Normalize(string path)
    {
        if (!path.Contains('{', StringComparison.Ordinal))
        {
            return path;
        }

        var normalized = new StringBuilder(path.Length);
        var inVariable = false;
        foreach (var character in path)
        {
            if (!inVariable || character == '}')
            {
                normalized.Append(character);
            }

            inVariable = character == '{' || (inVariable && character != '}');
        }

        return normalized.ToString();
    }

    /// <summary>Whether a segment of a path is one whole template variable, <c>{id}</c>.</summary>
    public static bool IsVariableSegment(string segment)
        => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}' && segment.IndexOf('}', StringComparison.Ordinal) == segment.Length - 1;
}
