namespace ConnectorSdk.Analysis.Loading;

/// <summary>Finds connector files and folders; names match case-insensitively, as the real repository needs.</summary>
public static class ConnectorFiles
{
    private static readonly Dictionary<string, ConnectorFileKind> KindsByName =
        Enum.GetValues<ConnectorFileKind>().ToDictionary(ConnectorFile.ConventionalName, kind => kind, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs" };

    /// <summary>The conventional name of every kind of connector file.</summary>
    public static IReadOnlyList<string> ConventionalNames { get; } = [.. KindsByName.Keys];

    public static bool TryGetKind(string fileName, out ConnectorFileKind kind) => KindsByName.TryGetValue(fileName, out kind);

    /// <summary>A connector folder holds an apiDefinition.swagger.json or an apiProperties.json.</summary>
    public static bool IsConnectorFolder(string folder)
        => Directory.EnumerateFiles(folder).Any(file => TryGetKind(Path.GetFileName(file), out var kind) && kind is ConnectorFileKind.ApiDefinition or ConnectorFileKind.ApiProperties);

    /// <summary>
    /// The connectors a path names: a file is itself; a connector folder is itself; any other folder
    /// yields every connector folder below it, in ordinal order.
    /// </summary>
    public static IEnumerable<string> Discover(string path)
    {
        if (File.Exists(path))
        {
            yield return Path.GetFullPath(path);
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(path));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (IsConnectorFolder(folder))
            {
                yield return folder;
                continue;
            }

            foreach (var child in Directory.EnumerateDirectories(folder).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))).Order(StringComparer.Ordinal).Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
