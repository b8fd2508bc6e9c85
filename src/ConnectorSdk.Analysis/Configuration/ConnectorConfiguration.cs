using System.Collections.Concurrent;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Analysis.Configuration;

/// <summary>
/// The configuration files that apply to one connector folder: every <c>.globalconfig</c> in the folder
/// and its ancestors (as the .NET SDK passes global configs to Roslyn, found the same way), and the
/// <c>.editorconfig</c> files from the folder up to the first with <c>root = true</c>. Exactly these paths
/// are Inputs of the SDK's analysis target. Where two files set a key, the one nearer the connector wins.
/// </summary>
internal sealed class ConnectorConfiguration
{
    private readonly IReadOnlyList<ConfigFile> _globalConfigs;
    private readonly IReadOnlyList<ConfigFile> _editorConfigs;
    private readonly Dictionary<string, FileConfiguration> _byFile = new(StringComparer.Ordinal);

    private ConnectorConfiguration(IReadOnlyList<ConfigFile> globalConfigs, IReadOnlyList<ConfigFile> editorConfigs, IReadOnlyList<ConfigProblem> problems)
    {
        _globalConfigs = globalConfigs;
        _editorConfigs = editorConfigs;
        Problems = problems;
    }

    /// <summary>Lines that could not be used: malformed, an unknown severity, a rule id no pack declares.</summary>
    public IReadOnlyList<ConfigProblem> Problems { get; }

    public static ConnectorConfiguration Empty { get; } = new([], [], []);

    /// <param name="rules">The rules the engine knows: a severity key must name one of them (or an id of another tool, which is left alone).</param>
    /// <param name="files">The configuration files read so far, by path (null where there is none): connectors share their ancestors.</param>
    public static ConnectorConfiguration Load(string folderPath, IReadOnlyList<DiagnosticDescriptor> rules, ConcurrentDictionary<string, ConfigFile?> files, ConnectorFileSystem fileSystem)
    {
        // A connector given as contents (a rule's test) has no folder, and no configuration.
        if (!fileSystem.DirectoryExists(folderPath))
        {
            return Empty;
        }

        var globalConfigs = new List<ConfigFile>();
        var editorConfigs = new List<ConfigFile>();
        var searchEditorConfigs = true;
        for (var folder = new DirectoryInfo(folderPath); folder is not null; folder = folder.Parent)
        {
            if (files.GetOrAdd(Path.Combine(folder.FullName, ConfigFile.GlobalConfigName), TryRead, fileSystem) is { } global)
            {
                globalConfigs.Insert(0, global);
            }

            if (searchEditorConfigs && files.GetOrAdd(Path.Combine(folder.FullName, ConfigFile.EditorConfigName), TryRead, fileSystem) is { } editor)
            {
                editorConfigs.Insert(0, editor);
                searchEditorConfigs = !editor.IsRoot;
            }
        }

        if (globalConfigs.Count == 0 && editorConfigs.Count == 0)
        {
            return Empty;
        }

        var validator = new ConfigValidator(rules);
        var problems = globalConfigs.Concat(editorConfigs).SelectMany(validator.Validate).ToList();
        return new ConnectorConfiguration(globalConfigs, editorConfigs, problems);
    }

    /// <summary>The keys that apply to a file (or a path where a missing file was expected).</summary>
    /// <remarks>Not thread-safe but for <see cref="Empty"/>, which is shared by every connector without configuration.</remarks>
    public FileConfiguration For(string filePath)
    {
        if (IsEmpty)
        {
            return FileConfiguration.Empty;
        }

        if (!_byFile.TryGetValue(filePath, out var file))
        {
            file = new FileConfiguration(Merge(_globalConfigs, filePath, includePreamble: true), Merge(_editorConfigs, filePath, includePreamble: false));
            _byFile.Add(filePath, file);
        }

        return file;
    }

    /// <summary>True when no configuration file applies: every file has no keys.</summary>
    public bool IsEmpty => _globalConfigs.Count == 0 && _editorConfigs.Count == 0;

    /// <summary>The entries that apply to the file, farthest file first and, within a file, in order: later ones win.</summary>
    private static Dictionary<string, string> Merge(IEnumerable<ConfigFile> files, string filePath, bool includePreamble)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var entries = file.Sections.Where(section => section.Glob.Matches(filePath)).SelectMany(section => section.Entries);
            foreach (var entry in includePreamble ? file.Preamble.Concat(entries) : entries)
            {
                merged[entry.Key] = entry.Value;
            }
        }

        return merged;
    }

    private static ConfigFile? TryRead(string path, ConnectorFileSystem fileSystem)
    {
        try
        {
            return fileSystem.FileExists(path) ? ConfigFile.Read(path, fileSystem) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A config file that vanished or cannot be opened is as if it were not there; the folder is still analyzed.
            return null;
        }
    }
}

/// <summary>The configuration keys of one file: from the global configs and from the matching .editorconfig sections.</summary>
internal sealed class FileConfiguration(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, string> editor)
{
    public static FileConfiguration Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Global { get; } = global;

    public IReadOnlyDictionary<string, string> Editor { get; } = editor;

    /// <summary>An option for the rules: .editorconfig before .globalconfig, severity keys excepted.</summary>
    public bool TryGetOption(string key, out string value)
    {
        value = "";
        if (Editor.Count == 0 && Global.Count == 0)
        {
            return false; // Most files: rules ask for their options on every node they visit.
        }

        var normalized = key.ToLowerInvariant();
        return !SeverityKeys.IsSeverityKey(normalized)
            && (Editor.TryGetValue(normalized, out value!) || Global.TryGetValue(normalized, out value!));
    }
}
