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
}
