namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The sentence-case heuristic of the wording rules: operation summaries (PPC1061), parameter and response descriptions
/// (PPC1093), response properties' descriptions (PPC1140). In each sentence, after its first word, two or more
/// Capitalized words, or a lone other word that is Capitalized, mean title case; acronyms (URL), CamelCase words
/// (PPC1068's) and the proper nouns (<see cref="ProperNouns"/>) do not count, and one unknown proper noun among
/// lower-case words ("in Planner") is let go.
/// </summary>
internal static class SentenceCase
{
    /// <summary>The words of <paramref name="text"/> that sentence case writes in lower case, each once; empty when there are none.</summary>
    /// <param name="text">One or more sentences.</param>
    /// <param name="properNouns">The connector's proper nouns, asked for only when a sentence has a candidate word.</param>
    public static IReadOnlyList<string> TitleCasedWords(string text, Func<HashSet<string>> properNouns)
    {
        List<string>? found = null;
        foreach (var sentence in Sentences(text))
        {
            var words = ProperNouns.Words(sentence).Skip(1).ToArray();
            var capitalized = words.Where(IsCapitalized).ToList();
            if (capitalized.Count == 0 || (capitalized.Count == 1 && words.Length > 1))
            {
                continue;
            }

            capitalized.RemoveAll(properNouns().Contains);
            if (capitalized.Count >= 2 || (capitalized.Count == 1 && words.Length == 1))
            {
                found ??= [];
                foreach (var word in capitalized)
                {
                    if (!found.Contains(word))
                    {
                        found.Add(word);
                    }
                }
            }
        }

        return found ?? [];
    }

    /// <summary>The sentences of a text: it breaks after '.', '!', '?' or ':' followed by white space, and at line breaks.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' || (text[i] is '.' or '!' or '?' or ':' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        yield return text[start..];
    }

    /// <summary>An upper-case letter followed by lower-case letters only ("Items", not "URL", "V2" or "SharePoint").</summary>
    private static bool IsCapitalized(string word)
        => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);
}
