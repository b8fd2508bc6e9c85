using System.Collections.Concurrent;
using System.Text;

namespace ConnectorSdk.Analysis.Loading;

/// <summary>
/// Files held in memory, laid over another file system (by default none): an editor's unsaved buffers
/// over the disk, or a connector that exists only in memory. A file set here is read instead of the one
/// below it, and the folders on its path exist. Paths are compared as given, after Path.GetFullPath.
/// </summary>
internal sealed class InMemoryFileSystem(ConnectorFileSystem? below = null) : ConnectorFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Sets the content of a file (an unsaved buffer), replacing what it was here or below.</summary>
    public void SetFile(string path, byte[] content) => _files[Path.GetFullPath(path)] = content;

    /// <summary>Sets a file's content as UTF-8 text.</summary>
    public void SetFile(string path, string text) => SetFile(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Drops a file set here (a buffer closed): the file below, if any, is read again.</summary>
    public bool RemoveFile(string path) => _files.TryRemove(Path.GetFullPath(path), out _);

    public override bool FileExists(string path) => _files.ContainsKey(Path.GetFullPath(path)) || below?.FileExists(path) == true;

    public override bool DirectoryExists(string path)
    {
        var folder = Folder(path);
        return _files.Keys.Any(file => file.StartsWith(folder, StringComparison.Ordinal)) || below?.DirectoryExists(path) == true;
    }

    public override IEnumerable<string> EnumerateFiles(string folder)
    {
        var prefix = Folder(folder);
        var here = _files.Keys.Where(file => file.StartsWith(prefix, StringComparison.Ordinal) && file.IndexOf(Path.DirectorySeparatorChar, prefix.Length) < 0);
        return Below(folder, b => b.EnumerateFiles(folder)).Union(here, StringComparer.Ordinal);
    }

    public override IEnumerable<string> EnumerateDirectories(string folder)
    {
        var prefix = Folder(folder);
        var here = _files.Keys
            .Where(file => file.StartsWith(prefix, StringComparison.Ordinal) && file.IndexOf(Path.DirectorySeparatorChar, prefix.Length) > 0)
            .Select(file => file[..file.IndexOf(Path.DirectorySeparatorChar, prefix.Length)]);
        return Below(folder, b => b.EnumerateDirectories(folder)).Union(here, StringComparer.Ordinal);
    }

    public override long GetLength(string path) => _files.TryGetValue(Path.GetFullPath(path), out var content) ? content.LongLength : Require(path).GetLength(path);

    public override byte[] ReadAllBytes(string path) => _files.TryGetValue(Path.GetFullPath(path), out var content) ? content : Require(path).ReadAllBytes(path);

    /// <summary>The full path of a folder with a final separator, so that "/a/b" is not taken for a file of "/a/bc".</summary>
    private static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;

    private IEnumerable<string> Below(string folder, Func<ConnectorFileSystem, IEnumerable<string>> list)
        => below is not null && below.DirectoryExists(folder) ? list(below) : [];

    private ConnectorFileSystem Require(string path)
        => below ?? throw new FileNotFoundException($"Could not find file '{path}'.", path);
}
