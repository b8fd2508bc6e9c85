namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>What the release-tracking files say about one rule: its category, severity and notes.</summary>
public sealed record TrackedRule(string Id, string Category, string Severity, string Notes);

/// <summary>
/// Reads a pack's AnalyzerReleases.Shipped.md then AnalyzerReleases.Unshipped.md, in the format of Roslyn's
/// release tracking: "### New Rules" (Rule ID | Category | Severity | Notes), "### Removed Rules" (same
/// columns) and "### Changed Rules" (Rule ID | New Category | New Severity | Old Category | Old Severity | Notes),
/// applied in order; the result is the rules as the last release, then the unshipped changes, leave them.
/// </summary>
internal static class AnalyzerReleases
{
    public const string Shipped = "AnalyzerReleases.Shipped.md";
    public const string Unshipped = "AnalyzerReleases.Unshipped.md";

    public static IReadOnlyDictionary<string, TrackedRule> Read(string projectFolder)
    {
        var rules = new SortedDictionary<string, TrackedRule>(StringComparer.Ordinal);
        foreach (var file in new[] { Shipped, Unshipped })
        {
            var path = Path.Combine(projectFolder, file);
            Apply(rules, File.ReadLines(path), path);
        }

        return rules;
    }

    /// <exception cref="FormatException">A line is not part of the format, or contradicts the rules tracked so far.</exception>
    public static void Apply(IDictionary<string, TrackedRule> rules, IEnumerable<string> lines, string source)
    {
        string? table = null;
        foreach (var (line, number) in lines.Select((line, index) => (line.Trim(), index + 1)))
        {
            if (line.Length == 0 || line.StartsWith(';') || line.StartsWith("## Release ", StringComparison.Ordinal)
                || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                table = line[4..];
                continue;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            var id = cells[0];
            var error = (table, cells.Length) switch
            {
                ("New Rules", 4) => rules.TryAdd(id, new TrackedRule(id, cells[1], cells[2], cells[3])) ? null : "is tracked already",
                ("Removed Rules", 4) => rules.Remove(id) ? null : "is removed but was never added",
                ("Changed Rules", 6) => Change(rules, id, cells),
                _ => $"is not a row of a 'New Rules', 'Removed Rules' or 'Changed Rules' table",
            };
            if (error is not null)
            {
                throw new FormatException($"{source}({number}): {id} {error}");
            }
        }
    }

    private static string? Change(IDictionary<string, TrackedRule> rules, string id, string[] cells)
    {
        if (!rules.TryGetValue(id, out var old))
        {
            return "is changed but was never added";
        }

        if (old.Category != cells[3] || old.Severity != cells[4])
        {
            return $"is changed from {cells[3]}/{cells[4]}, but is {old.Category}/{old.Severity}";
        }

        rules[id] = new TrackedRule(id, cells[1], cells[2], cells[5]);
        return null;
    }
}
