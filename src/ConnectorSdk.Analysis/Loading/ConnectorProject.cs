namespace ConnectorSdk.Analysis.Loading;

/// <summary>
/// A connector to analyze: its folder, its kind and its files. Contents are read only when analyzed,
/// so that many connectors can be loaded while memory stays flat.
/// </summary>
internal sealed class ConnectorProject
{
    private ConnectorProject(string folderPath, ConnectorKind kind, IReadOnlyList<ProjectFile> files, bool isSwaggerOnly, IReadOnlyList<string>? misnamedSwaggers = null)
    {
        FolderPath = folderPath;
        Kind = kind;
        Files = files;
        IsSwaggerOnly = isSwaggerOnly;
        MisnamedSwaggers = misnamedSwaggers ?? [];
    }

    public string FolderPath { get; }

    public ConnectorKind Kind { get; }

    public IReadOnlyList<ProjectFile> Files { get; }

    /// <summary>True when a single swagger file was given rather than a connector folder.</summary>
    public bool IsSwaggerOnly { get; }

    /// <summary>
    /// The full paths of the <c>*.swagger.json</c> files of a folder that has no apiDefinition.swagger.json, in
    /// ordinal order: the swagger under a wrong name (PPC0001). The only one is analyzed as the swagger; of
    /// several, none is.
    /// </summary>
    public IReadOnlyList<string> MisnamedSwaggers { get; }

    /// <summary>
    /// Loads a connector folder, or a single swagger file, from the disk or from <paramref name="fileSystem"/>.
    /// The kind is detected from the path unless given.
    /// </summary>
    public static ConnectorProject Load(string path, ConnectorKind? kind = null, ConnectorFileSystem? fileSystem = null)
    {
        fileSystem ??= ConnectorFileSystem.Disk;
        var fullPath = Path.GetFullPath(path);
        if (fileSystem.FileExists(fullPath))
        {
            var folder = Path.GetDirectoryName(fullPath)!;
            return new(folder, kind ?? DetectKind(folder), [ProjectFile.In(fileSystem, ConnectorFileKind.ApiDefinition, fullPath)], isSwaggerOnly: true);
        }

        var files = new List<ProjectFile>();
        foreach (var file in fileSystem.EnumerateFiles(fullPath).Order(StringComparer.Ordinal))
        {
            if (ConnectorFiles.TryGetKind(Path.GetFileName(file), out var fileKind) && files.All(f => f.File.Kind != fileKind))
            {
                files.Add(ProjectFile.In(fileSystem, fileKind, file));
            }
        }

        return InFolder(fullPath, kind, files, fileSystem);
    }

    /// <summary>
    /// A connector whose files are listed by the host (e.g. MSBuild items) rather than found in its folder; when
    /// none is its swagger, the folder's misnamed swaggers are looked for, as <see cref="Load"/> does.
    /// </summary>
    public static ConnectorProject FromFiles(string folderPath, ConnectorKind? kind, IEnumerable<ConnectorFile> files)
    {
        var fullPath = Path.GetFullPath(folderPath);
        return InFolder(fullPath, kind, files.DistinctBy(file => file.Kind).Select(file => ProjectFile.OnDisk(file.Kind, Path.GetFullPath(file.Path))).ToList(), ConnectorFileSystem.Disk);
    }

    /// <summary>A connector folder with its files; without a swagger, the only <c>*.swagger.json</c> beside them stands in for it.</summary>
    private static ConnectorProject InFolder(string folder, ConnectorKind? kind, List<ProjectFile> files, ConnectorFileSystem fileSystem)
    {
        string[] misnamed = [];
        if (files.All(f => f.File.Kind != ConnectorFileKind.ApiDefinition) && fileSystem.DirectoryExists(folder))
        {
            misnamed = [.. fileSystem.EnumerateFiles(folder).Where(file => ConnectorFiles.IsSwaggerName(Path.GetFileName(file))).Order(StringComparer.Ordinal)];
            if (misnamed.Length == 1)
            {
                files.Add(ProjectFile.In(fileSystem, ConnectorFileKind.ApiDefinition, misnamed[0]));
            }
        }

        return new(folder, kind ?? DetectKind(folder), files, isSwaggerOnly: false, misnamed);
    }

    /// <summary>A connector held in memory (tests, rule verifiers); paths are under <paramref name="folderPath"/>.</summary>
    public static ConnectorProject FromContents(string folderPath, ConnectorKind kind, IEnumerable<(ConnectorFileKind Kind, byte[] Content)> files)
        => new(folderPath, kind, files.Select(f => ProjectFile.InMemory(f.Kind, Path.Combine(folderPath, ConnectorFile.ConventionalName(f.Kind)), f.Content)).ToArray(), isSwaggerOnly: false);

    /// <summary>
    /// Certified when a <c>certified-connectors</c> folder is above the connector, IndependentPublisher
    /// for <c>independent-publisher-connectors</c>, else Custom.
    /// </summary>
    public static ConnectorKind DetectKind(string folderPath)
    {
        for (var dir = new DirectoryInfo(folderPath); dir is not null; dir = dir.Parent)
        {
            if (dir.Name.Equals("certified-connectors", StringComparison.OrdinalIgnoreCase))
            {
                return ConnectorKind.Certified;
            }

            if (dir.Name.Equals("independent-publisher-connectors", StringComparison.OrdinalIgnoreCase))
            {
                return ConnectorKind.IndependentPublisher;
            }
        }

        return ConnectorKind.Custom;
    }
}
