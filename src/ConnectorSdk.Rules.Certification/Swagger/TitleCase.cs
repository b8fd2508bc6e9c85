namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// Labels (x-ms-summary) as the string guidance writes them: short, in title case. Shared by the parameters' labels
/// (PPC1092) and the response properties' (PPC1140).
/// </summary>
internal static class TitleCase
{
    /// <summary>The longest label the string guidance accepts.</summary>
    public const int MaxLength = 80;

    /// <summary>Words title case leaves in lower case after the first word.</summary>
    private static readonly string[] MinorWords = ["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "to", "for", "by", "with", "at", "from", "as", "per", "vs", "via", "into"];

    /// <summary>
    /// A heuristic: the first word of <paramref name="label"/> that starts in lower case, other than a short connecting
    /// word after the first; null when the label is in title case.
    /// </summary>
    public static string? FirstLowerCaseWord(string label)
    {
        var words = label.Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (char.IsLower(words[i][0]) && (i == 0 || !MinorWords.Contains(words[i], StringComparer.Ordinal)))
            {
                return words[i];
            }
        }

        return null;
    }
}
