using System.Text;
using System.Text.RegularExpressions;

namespace ConnectorSdk.Analysis.Configuration;

/// <summary>
/// Which files a configuration section applies to. An .editorconfig section is an EditorConfig glob
/// relative to the file's folder: <c>*</c> (within a folder), <c>**</c> (across folders; <c>**/</c> also
/// matches no folder), <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>\</c> escapes; a glob without
/// <c>/</c> matches a file name in any folder below. A global config section names one absolute path.
/// File names match in any letter case, as connector file names do.
/// </summary>
internal sealed class SectionGlob
{
    private readonly string _directory;
    private readonly Regex _pattern;

    private SectionGlob(string directory, Regex pattern) => (_directory, _pattern) = (directory, pattern);

    /// <summary>The glob of an .editorconfig section in <paramref name="directory"/>.</summary>
    public static SectionGlob Parse(string directory, string glob)
    {
        var relative = glob.Contains('/');
        var body = new StringBuilder();
        Translate(glob.TrimStart('/'), body);
        return new SectionGlob(directory, new Regex($"^{(relative ? "" : "(?:.*/)?")}{body}$", Options));
    }

    /// <summary>A global config section, or null when its header is not an absolute path.</summary>
    public static SectionGlob? ForAbsolutePath(string header)
        => System.IO.Path.IsPathFullyQualified(header)
            ? new SectionGlob("", new Regex($"^{Regex.Escape(Normalize(header))}$", Options))
            : null;

    public bool Matches(string filePath)
    {
        var path = Normalize(filePath);
        if (_directory.Length == 0)
        {
            return _pattern.IsMatch(path);
        }

        var folder = Normalize(_directory).TrimEnd('/') + "/";
        return path.StartsWith(folder, StringComparison.OrdinalIgnoreCase) && _pattern.IsMatch(path[folder.Length..]);
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static void Translate(string glob, StringBuilder regex)
    {
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                    regex.Append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[' when glob.IndexOf(']', i + 1) is var close and > 0 && !glob[i..close].Contains('/'):
                    var negated = i + 1 < close && glob[i + 1] == '!';
                    var members = glob[(i + (negated ? 2 : 1))..close];
                    regex.Append(negated ? "[^" : "[").Append(members.Replace("\\", @"\\").Replace("[", @"\[").Replace("^", @"\^")).Append(']');
                    i = close;
                    break;
                case '{' when ClosingBrace(glob, i) is var end and > 0 && TopLevelAlternatives(glob[(i + 1)..end]) is { Count: > 1 } alternatives:
                    regex.Append("(?:");
                    for (var a = 0; a < alternatives.Count; a++)
                    {
                        regex.Append(a == 0 ? "" : "|");
                        Translate(alternatives[a], regex);
                    }

                    regex.Append(')');
                    i = end;
                    break;
                case '\\' when i + 1 < glob.Length:
                    regex.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }

    private static int ClosingBrace(string glob, int open)
    {
        var depth = 0;
        for (var i = open; i < glob.Length; i++)
        {
            depth += glob[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The comma-separated parts of a brace group, commas inside nested braces excepted; one part means a literal.</summary>
    private static List<string> TopLevelAlternatives(string content)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            depth += content[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0 && content[i] == ',')
            {
                parts.Add(content[start..i]);
                start = i + 1;
            }
        }

        parts.Add(content[start..]);
        return parts;
    }
}
