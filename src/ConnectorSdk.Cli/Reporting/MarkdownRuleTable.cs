using ConnectorSdk.Analysis;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>
/// The rule catalog as a Markdown table: one format for <c>connector rules --format markdown</c> and for
/// the tables the documentation generator writes into README.md and docs/rules/README.md.
/// </summary>
internal static class MarkdownRuleTable
{
    /// <param name="link">Where each rule's id links to: an absolute help link, or a page relative to the document; null for no link.</param>
    public static void Write(TextWriter output, IEnumerable<DiagnosticDescriptor> rules, Func<DiagnosticDescriptor, string?> link)
    {
        output.WriteLine("| ID | Title | Severity | Category | Applies to | Mode |");
        output.WriteLine("|----|-------|----------|----------|------------|------|");
        foreach (var rule in rules)
        {
            var id = link(rule) is { } target ? $"[{rule.Id}]({target})" : rule.Id;
            output.WriteLine($"| {id} | {rule.Title.Replace("|", "\\|", StringComparison.Ordinal)} | {SeverityNames.OfRule(rule)} | {rule.Category} | {rule.AppliesTo} | {rule.Mode} |");
        }
    }
}
