namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>
/// Pages of numbers that no built-in rule has. A removed rule keeps its page, headed "# PPCnnnn: Retired", so that
/// its number is never given to another rule and documents may still name it. A rule that cannot be built yet has
/// one headed "# PPCnnnn (planned): TITLE", saying what it will check and what it waits for.
/// </summary>
internal static class ReservedRulePages
{
    public static IReadOnlySet<string> Retired { get; } = Headed(id => $"# {id}: Retired");

    public static IReadOnlySet<string> Planned { get; } = Headed(id => $"# {id} (planned): ");

    private static HashSet<string> Headed(Func<string, string> heading)
        => Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "docs", "rules"), "PPC*.md")
            .Select(page => Path.GetFileNameWithoutExtension(page))
            .Where(id => File.ReadLines(Path.Combine(RepositoryFolder.Path, "docs", "rules", id + ".md")).First().StartsWith(heading(id), StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
}
