namespace ConnectorSdk.Analysis.Loading;

/// <summary>Finds connector files and folders; names match case-insensitively, as the real repository needs.</summary>
internal static class ConnectorFiles
{
    // Arrays, not a dictionary keyed by name: seven names, and no generic code over the enum to compile at start-up.
    private static readonly ConnectorFileKind[] Kinds = AllKinds();

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs" };

    /// <summary>The conventional name of every kind of connector file.</summary>
    public static IReadOnlyList<string> ConventionalNames { get; } = Array.ConvertAll(Kinds, ConnectorFile.ConventionalName);

    public static bool TryGetKind(string fileName, out ConnectorFileKind kind)
    {
        for (var i = 0; i < Kinds.Length; i++)
        {
            if (fileName.Equals(ConventionalNames[i], StringComparison.OrdinalIgnoreCase))
            {
                kind = Kinds[i];
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>
    /// A name ending in <c>.swagger.json</c> in any letter case: in a folder without apiDefinition.swagger.json, a
    /// misnamed swagger (<c>apiDefination.swagger.json</c>, <c>contoso.swagger.json</c>).
    /// </summary>
    public static bool IsSwaggerName(string fileName) => fileName.EndsWith(".swagger.json", StringComparison.OrdinalIgnoreCase);

#pragma warning disable CA2263 // The non-generic overload: no generic code over our enum compiled at start-up (docs/performance.md).
    private static ConnectorFileKind[] AllKinds()
    {
        var names = Enum.GetNames(typeof(ConnectorFileKind));
        var kinds = new ConnectorFileKind[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            kinds[i] = (ConnectorFileKind)Enum.Parse(typeof(ConnectorFileKind), names[i]);
        }

        return kinds;
    }
#pragma warning restore CA2263

    /// <summary>A connector folder holds an apiDefinition.swagger.json or an apiProperties.json.</summary>
    public static bool IsConnectorFolder(string folder, ConnectorFileSystem? fileSystem = null)
        => (fileSystem ?? ConnectorFileSystem.Disk).EnumerateFiles(folder).Any(file => TryGetKind(Path.GetFileName(file), out var kind) && kind is ConnectorFileKind.ApiDefinition or ConnectorFileKind.ApiProperties);

    /// <summary>
    /// The connectors a path names: a file is itself; a connector folder is itself; any other folder
    /// yields every connector folder below it, in ordinal order.
    /// </summary>
    public static IEnumerable<string> Discover(string path, ConnectorFileSystem? fileSystem = null)
    {
        fileSystem ??= ConnectorFileSystem.Disk;
        if (fileSystem.FileExists(path))
        {
            yield return Path.GetFullPath(path);
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(path));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (IsConnectorFolder(folder, fileSystem))
            {
                yield return folder;
                continue;
            }

            foreach (var child in fileSystem.EnumerateDirectories(folder).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))).Order(StringComparer.Ordinal).Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
