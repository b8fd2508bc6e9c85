namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>
/// Rules that were removed: each keeps its page, headed "# PPCnnnn: Retired", so that its number is never given to
/// another rule and documents may still name it.
/// </summary>
internal static class RetiredRules
{
    public static IReadOnlySet<string> Ids { get; } = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Path, "docs", "rules"), "PPC*.md")
        .Select(page => Path.GetFileNameWithoutExtension(page))
        .Where(id => File.ReadLines(Path.Combine(RepositoryFolder.Path, "docs", "rules", id + ".md")).First() == $"# {id}: Retired")
        .ToHashSet(StringComparer.Ordinal);
}
