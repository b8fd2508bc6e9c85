namespace ConnectorSdk.Analysis.Loading;

/// <summary>A connector file and the means to read it.</summary>
public sealed class ProjectFile
{
    private readonly byte[]? _content;

    private ProjectFile(ConnectorFile file, byte[]? content)
    {
        File = file;
        _content = content;
    }

    public ConnectorFile File { get; }

    public static ProjectFile OnDisk(ConnectorFileKind kind, string path) => new(new ConnectorFile(kind, path), null);

    public static ProjectFile InMemory(ConnectorFileKind kind, string path, byte[] content) => new(new ConnectorFile(kind, path), content);

    public long Length => _content?.LongLength ?? new FileInfo(File.Path).Length;

    public byte[] ReadAllBytes() => _content ?? System.IO.File.ReadAllBytes(File.Path);
}
