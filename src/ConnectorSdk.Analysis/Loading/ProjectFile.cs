namespace ConnectorSdk.Analysis.Loading;

/// <summary>A connector file and the means to read it.</summary>
internal sealed class ProjectFile
{
    private readonly byte[]? _content;
    private readonly ConnectorFileSystem _fileSystem;

    private ProjectFile(ConnectorFile file, byte[]? content, ConnectorFileSystem fileSystem)
    {
        File = file;
        _content = content;
        _fileSystem = fileSystem;
    }

    public ConnectorFile File { get; }

    public static ProjectFile OnDisk(ConnectorFileKind kind, string path) => In(ConnectorFileSystem.Disk, kind, path);

    /// <summary>A file read through <paramref name="fileSystem"/> when it is analyzed.</summary>
    public static ProjectFile In(ConnectorFileSystem fileSystem, ConnectorFileKind kind, string path) => new(new ConnectorFile(kind, path), null, fileSystem);

    public static ProjectFile InMemory(ConnectorFileKind kind, string path, byte[] content) => new(new ConnectorFile(kind, path), content, ConnectorFileSystem.Disk);

    public long Length => _content?.LongLength ?? _fileSystem.GetLength(File.Path);

    public byte[] ReadAllBytes() => _content ?? _fileSystem.ReadAllBytes(File.Path);
}
