namespace ConnectorSdk.DocumentationGenerator;

/// <summary>
/// The generated part of a hand-written document: the lines between <c>&lt;!-- rules --&gt;</c> and
/// <c>&lt;!-- /rules --&gt;</c>. Everything outside the markers is left as it is.
/// </summary>
internal static class MarkedSection
{
    public const string Start = "<!-- rules -->";
    public const string End = "<!-- /rules -->";

    /// <summary>The document with the lines between the markers replaced by <paramref name="content"/>.</summary>
    /// <exception cref="InvalidDataException">The document lacks either marker, or has them out of order.</exception>
    public static string Replace(string document, string content)
    {
        var start = document.IndexOf(Start + "\n", StringComparison.Ordinal);
        var end = document.IndexOf("\n" + End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidDataException($"the document needs a line '{Start}' and, below it, a line '{End}'");
        }

        var bodyStart = start + Start.Length + 1;
        return string.Concat(document.AsSpan(0, bodyStart), content, document.AsSpan(end + 1));
    }
}
