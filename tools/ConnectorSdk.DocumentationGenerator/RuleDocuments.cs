using System.Reflection;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Reporting;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.DocumentationGenerator;

/// <summary>A document of the repository as the generator would write it.</summary>
/// <param name="Path">Relative to the repository folder, with '/'.</param>
internal sealed record GeneratedDocument(string Path, string Current, string Generated)
{
    public bool IsUpToDate => Current == Generated;

    /// <summary>The document with its section <paramref name="section"/> replaced by <paramref name="content"/>.</summary>
    /// <exception cref="InvalidDataException">The document lacks the markers of the section.</exception>
    public static GeneratedDocument Of(string repositoryFolder, string path, string section, string content)
    {
        // Documents are compared and written with '\n' line ends, whatever git checked out.
        var current = File.ReadAllText(System.IO.Path.Combine(repositoryFolder, path)).ReplaceLineEndings("\n");
        try
        {
            return new GeneratedDocument(path, current, MarkedSection.Replace(current, content, section));
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException($"{path}: {exception.Message}", exception);
        }
    }
}

/// <summary>
/// The documents that carry the rule table: README.md and the index of the rule pages. Each gets the same
/// table (that of <c>connector rules --format markdown</c>), with links relative to the document.
/// </summary>
internal static class RuleDocuments
{
    public static IReadOnlyList<string> Paths { get; } = ["README.md", "docs/rules/README.md"];

    /// <summary>The repository this tool was built from.</summary>
    public static string RepositoryFolder { get; } = typeof(RuleDocuments).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryFolder")
        .Value!;

    /// <summary>Every rule the CLI ships, by id: the engine's infrastructure rules and the built-in packs'.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules => BuiltInRulePacks.CreateEngine(new AnalysisOptions()).Descriptors;

    /// <exception cref="InvalidDataException">A document lacks the markers of its table.</exception>
    public static IReadOnlyList<GeneratedDocument> Generate(string repositoryFolder, IReadOnlyList<DiagnosticDescriptor> rules)
        => [.. Paths.Select(path => Generate(repositoryFolder, path, rules))];

    private static GeneratedDocument Generate(string repositoryFolder, string path, IReadOnlyList<DiagnosticDescriptor> rules)
        => GeneratedDocument.Of(repositoryFolder, path, MarkedSection.Rules, Table(rules, Path.GetDirectoryName(path)!));

    private static string Table(IReadOnlyList<DiagnosticDescriptor> rules, string documentFolder)
    {
        using var table = new StringWriter { NewLine = "\n" };
        MarkdownRuleTable.Write(table, rules, rule => LinkFrom(documentFolder, rule));
        return table.ToString();
    }

    /// <summary>Help links are relative to the repository folder (docs/rules/PPC1051.md); absolute ones stay as they are.</summary>
    private static string? LinkFrom(string documentFolder, DiagnosticDescriptor rule)
        => rule.HelpLinkUri is null || Uri.IsWellFormedUriString(rule.HelpLinkUri, UriKind.Absolute)
            ? rule.HelpLinkUri
            : Path.GetRelativePath(documentFolder.Length == 0 ? "." : documentFolder, rule.HelpLinkUri).Replace('\\', '/');
}
