using System.Globalization;
using System.Text;

namespace ConnectorSdk.DocumentationGenerator;

/// <summary>
/// The documents that show the corpus shares (<see cref="CorpusShares"/>): each error-level rule's page, between
/// <c>&lt;!-- corpus --&gt;</c> markers, and one table of every error-level rule in docs/calibration.md.
/// </summary>
internal static class CorpusDocuments
{
    public const string TablePath = "docs/calibration.md";

    /// <summary>The rule pages and the table, as the generator would write them.</summary>
    /// <exception cref="InvalidDataException">A document lacks the markers of its section.</exception>
    public static IReadOnlyList<GeneratedDocument> Generate(string repositoryFolder, CorpusShares shares)
        => [
            .. shares.ErrorRules.Select(rule => GeneratedDocument.Of(repositoryFolder, $"docs/rules/{rule.Id}.md", MarkedSection.Corpus, Paragraph(shares, rule.Id))),
            GeneratedDocument.Of(repositoryFolder, TablePath, MarkedSection.Corpus, Table(shares)),
        ];

    private static string Paragraph(CorpusShares shares, string id)
    {
        var kinds = shares.Of(id);
        return Invariant($"Generated from tests/Data/corpus in mode Default: an error on {shares.Reported(id)} of the {shares.Total} certified and independent publisher connectors ({shares.Percent(id):0.0}%): ")
            + string.Join(", ", kinds.Select(kind => Invariant($"{kind.Reported} of {kind.Connectors} {kind.Kind}")))
            + ". Every error-level rule: [calibration](../calibration.md).\n";
    }

    private static string Table(CorpusShares shares)
    {
        var kinds = shares.Of(shares.ErrorRules[0].Id);
        var table = new StringBuilder()
            .Append("| Rule | Title | ").AppendJoin(" | ", kinds.Select(kind => Invariant($"{Capitalize(kind.Kind)} (of {kind.Connectors})"))).Append(" | Share |\n")
            .Append("|---|---|").Append(string.Concat(kinds.Select(_ => "---:|"))).Append("---:|\n");
        foreach (var rule in shares.ErrorRules.OrderByDescending(rule => shares.Reported(rule.Id)).ThenBy(rule => rule.Id, StringComparer.Ordinal))
        {
            table.Append(Invariant($"| [{rule.Id}](rules/{rule.Id}.md) | {rule.Title.Replace("|", "\\|", StringComparison.Ordinal)} | "))
                .AppendJoin(" | ", shares.Of(rule.Id).Select(kind => kind.Reported.ToString(CultureInfo.InvariantCulture)))
                .Append(Invariant($" | {shares.Percent(rule.Id):0.0}% |\n"));
        }

        return table.ToString();
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
