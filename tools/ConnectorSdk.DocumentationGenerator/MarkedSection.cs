namespace ConnectorSdk.DocumentationGenerator;

/// <summary>
/// The generated part of a hand-written document: the lines between <c>&lt;!-- NAME --&gt;</c> and
/// <c>&lt;!-- /NAME --&gt;</c> (<see cref="Rules"/> for the rule tables, <see cref="Corpus"/> for the corpus shares).
/// Everything outside the markers is left as it is.
/// </summary>
internal static class MarkedSection
{
    public const string Rules = "rules";
    public const string Corpus = "corpus";

    /// <summary>The document with the lines between the markers of <paramref name="name"/> replaced by <paramref name="content"/>.</summary>
    /// <exception cref="InvalidDataException">The document lacks either marker, or has them out of order.</exception>
    public static string Replace(string document, string content, string name = Rules)
    {
        var (startMarker, endMarker) = ($"<!-- {name} -->", $"<!-- /{name} -->");
        var start = document.IndexOf(startMarker + "\n", StringComparison.Ordinal);
        var end = document.IndexOf("\n" + endMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"the document needs a line '{startMarker}' and, below it, a line '{endMarker}'");
        }

        var bodyStart = start + startMarker.Length + 1;
        return string.Concat(document.AsSpan(0, bodyStart), content, document.AsSpan(end + 1));
    }
}
