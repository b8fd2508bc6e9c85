using ConnectorSdk.Analysis;

namespace ConnectorSdk.Hosting;

/// <summary>
/// The words a host accepts for the connector's kind, the analysis mode and a file's kind, in any letter
/// case; numbers, which Enum.Parse would take, are refused. Non-generic enum calls: no generic code over
/// our enums is compiled at start-up (docs/performance.md).
/// </summary>
#pragma warning disable CA2263 // The non-generic overloads, on purpose (see above).
internal static class HostValues
{
    public static IReadOnlyList<string> KindNames { get; } = Enum.GetNames(typeof(ConnectorKind));

    public static IReadOnlyList<string> ModeNames { get; } = Enum.GetNames(typeof(AnalysisMode));

    public static IReadOnlyList<string> FileKindNames { get; } = Enum.GetNames(typeof(ConnectorFileKind));

    /// <summary>A kind by name; empty is null (detected from the folder's path).</summary>
    public static bool TryParseKind(string? text, out ConnectorKind? kind)
    {
        var found = TryFind(KindNames, text, out var name);
        kind = name is null ? null : (ConnectorKind)Enum.Parse(typeof(ConnectorKind), name);
        return found;
    }

    /// <summary>A mode by name; empty is <see cref="AnalysisMode.Default"/>.</summary>
    public static bool TryParseMode(string? text, out AnalysisMode mode)
    {
        var found = TryFind(ModeNames, text, out var name);
        mode = name is null ? AnalysisMode.Default : (AnalysisMode)Enum.Parse(typeof(AnalysisMode), name);
        return found;
    }

    /// <summary>A file kind by name; empty is null.</summary>
    public static bool TryParseFileKind(string? text, out ConnectorFileKind? kind)
    {
        var found = TryFind(FileKindNames, text, out var name);
        kind = name is null ? null : (ConnectorFileKind)Enum.Parse(typeof(ConnectorFileKind), name);
        return found;
    }

    /// <summary>True for an empty text (name null) or a name of the list (the name as listed).</summary>
    private static bool TryFind(IReadOnlyList<string> names, string? text, out string? name)
    {
        name = null;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        foreach (var candidate in names)
        {
            if (candidate.Equals(trimmed, StringComparison.OrdinalIgnoreCase))
            {
                name = candidate;
                return true;
            }
        }

        return false;
    }
}
#pragma warning restore CA2263
