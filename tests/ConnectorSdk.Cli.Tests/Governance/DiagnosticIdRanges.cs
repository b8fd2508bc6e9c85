using System.Globalization;
using System.Text.RegularExpressions;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>One range of ids of a category, bounds included.</summary>
public sealed record IdRange(string Category, int First, int Last)
{
    public bool Contains(int number) => First <= number && number <= Last;
}

/// <summary>
/// Reads src/DiagnosticCategoryAndIdRanges.txt, the format of dotnet/roslyn-analyzers: one line
/// <c>Category: PPC0000-PPC0999, PPC1234</c> per category, <c>#</c> comments.
/// </summary>
internal static partial class DiagnosticIdRanges
{
    public static string FilePath { get; } = Path.Combine(RepositoryFolder.Path, "src", "DiagnosticCategoryAndIdRanges.txt");

    public static IReadOnlyList<IdRange> All { get; } = Read(FilePath);

    /// <summary>The number of a well-formed id (PPC and 4 digits), else null.</summary>
    public static int? NumberOf(string id)
        => Id().Match(id) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static List<IdRange> Read(string path)
    {
        var ranges = new List<IdRange>();
        foreach (var (line, number) in File.ReadLines(path).Select((line, index) => (line.Trim(), index + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{path}({number}): expected 'Category: PPCnnnn-PPCnnnn, ...'");
            }

            var category = line[..colon].Trim();
            foreach (var part in line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries))
            {
                var bounds = part.Split('-', StringSplitOptions.TrimEntries).Select(NumberOf).ToArray();
                if (bounds is not ([{ }] or [{ }, { }]))
                {
                    throw new FormatException($"{path}({number}): '{part}' is neither an id nor a range of ids");
                }

                ranges.Add(new IdRange(category, bounds[0]!.Value, bounds[^1]!.Value));
            }
        }

        return ranges;
    }

    [GeneratedRegex(@"^PPC(\d{4})$")]
    private static partial Regex Id();
}
