using System.Text.RegularExpressions;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Analysis.Configuration;

/// <summary>One <c>key = value</c> line of a configuration file; the key in lower case, the value as written.</summary>
internal sealed record ConfigEntry(string Key, string Value, SourceSpan Span);

/// <summary>A <c>[glob]</c> section of a configuration file and the entries under it.</summary>
internal sealed record ConfigSection(string Header, SectionGlob Glob, IReadOnlyList<ConfigEntry> Entries);

/// <summary>A line of a configuration file that cannot be used, and why.</summary>
internal sealed record ConfigProblem(string FilePath, SourceSpan Span, string Message);

/// <summary>
/// An <c>.editorconfig</c> or <c>.globalconfig</c> file, parsed as Roslyn parses them: <c>#</c> and <c>;</c>
/// start comments (also after a value), keys are case-insensitive, values are kept as written. Lines
/// that are neither a section header nor a <c>key = value</c> pair are problems, never exceptions.
/// </summary>
internal sealed partial class ConfigFile
{
    public const string EditorConfigName = ".editorconfig";
    public const string GlobalConfigName = ".globalconfig";

    private ConfigFile(string path, IReadOnlyList<ConfigEntry> preamble, IReadOnlyList<ConfigSection> sections, IReadOnlyList<ConfigProblem> problems)
    {
        Path = path;
        Preamble = preamble;
        Sections = sections;
        Problems = problems;
        IsRoot = preamble.Any(entry => entry.Key == "root" && entry.Value.Equals("true", StringComparison.OrdinalIgnoreCase));
        IsGlobal = preamble.Any(entry => entry.Key == "is_global" && entry.Value.Equals("true", StringComparison.OrdinalIgnoreCase));
    }

    public string Path { get; }

    /// <summary>The entries before the first section: <c>root</c> of an .editorconfig, the options of a global config.</summary>
    public IReadOnlyList<ConfigEntry> Preamble { get; }

    public IReadOnlyList<ConfigSection> Sections { get; }

    public IReadOnlyList<ConfigProblem> Problems { get; }

    /// <summary><c>root = true</c>: no .editorconfig above this one is read.</summary>
    public bool IsRoot { get; }

    /// <summary><c>is_global = true</c>: a global config, whose preamble applies to every file.</summary>
    public bool IsGlobal { get; }

    public static ConfigFile Read(string path, ConnectorFileSystem fileSystem) => Parse(path, fileSystem.ReadAllText(path));

    public static ConfigFile Parse(string path, string text)
    {
        var isGlobalConfig = System.IO.Path.GetFileName(path).Equals(GlobalConfigName, StringComparison.OrdinalIgnoreCase);
        var directory = System.IO.Path.GetDirectoryName(path) ?? "";
        var preamble = new List<ConfigEntry>();
        var sections = new List<ConfigSection>();
        var problems = new List<ConfigProblem>();
        var entries = preamble;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }

            var start = line.IndexOf(trimmed[0]);
            var span = new SourceSpan(index + 1, start + 1, index + 1, start + trimmed.Length + 1);
            if (SectionLine().Match(line) is { Success: true } section)
            {
                var header = section.Groups["header"].Value.Trim();
                entries = [];
                var glob = isGlobalConfig ? SectionGlob.ForAbsolutePath(header) : SectionGlob.Parse(directory, header);
                if (glob is null)
                {
                    problems.Add(new(path, span, $"section [{header}] of a global config must name one file by its absolute path"));
                    continue;
                }

                sections.Add(new ConfigSection(header, glob, entries));
            }
            else if (PropertyLine().Match(line) is { Success: true } property)
            {
                entries.Add(new ConfigEntry(property.Groups["key"].Value.ToLowerInvariant(), property.Groups["value"].Value, span));
            }
            else
            {
                problems.Add(new(path, span, $"'{trimmed}' is neither a [section] header nor a 'key = value' pair"));
            }
        }

        return new ConfigFile(path, preamble, sections, problems);
    }

    // The patterns of Roslyn's AnalyzerConfig parser: a comment may follow a header or a value.
    [GeneratedRegex(@"^\s*\[(?<header>([^#;]|\\#|\\;)+)\]\s*([#;].*)?$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^\s*(?<key>[\w\.\-]+)\s*[=:]\s*(?<value>.*?)\s*([#;].*)?$")]
    private static partial Regex PropertyLine();
}
