using System.Text;

namespace ConnectorSdk.Analysis.Loading;

/// <summary>
/// Everything the engine reads: connector files, the configuration files above them, suppressions,
/// baselines. The disk by default (<see cref="Disk"/>); an editor host lays its unsaved buffers over it
/// (<see cref="InMemoryFileSystem"/>). Paths are full paths.
/// </summary>
internal abstract class ConnectorFileSystem
{
    public static ConnectorFileSystem Disk { get; } = new DiskFileSystem();

    public abstract bool FileExists(string path);

    public abstract bool DirectoryExists(string path);

    /// <summary>The full paths of the files directly in <paramref name="folder"/>.</summary>
    public abstract IEnumerable<string> EnumerateFiles(string folder);

    /// <summary>The full paths of the folders directly in <paramref name="folder"/>.</summary>
    public abstract IEnumerable<string> EnumerateDirectories(string folder);

    public abstract long GetLength(string path);

    public abstract byte[] ReadAllBytes(string path);

    /// <summary>A text file (a configuration file) as UTF-8, without its byte order mark, as File.ReadAllText reads it.</summary>
    public string ReadAllText(string path)
    {
        var bytes = ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
    }

    private sealed class DiskFileSystem : ConnectorFileSystem
    {
        public override bool FileExists(string path) => File.Exists(path);

        public override bool DirectoryExists(string path) => Directory.Exists(path);

        public override IEnumerable<string> EnumerateFiles(string folder) => Directory.EnumerateFiles(folder);

        public override IEnumerable<string> EnumerateDirectories(string folder) => Directory.EnumerateDirectories(folder);

        public override long GetLength(string path) => new FileInfo(path).Length;

        public override byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);
    }
}
