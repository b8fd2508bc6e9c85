using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// The words that keep their capitals in the connector's texts (PPC1061, PPC1068, PPC1093, PPC1140): the configured proper nouns and
/// the words of the connector's title (its brand). Asked for only when a text has a candidate word.
/// </summary>
internal static class ProperNouns
{
    public static HashSet<string> For(ConnectorContext context, SwaggerDocument swagger)
    {
        var words = new HashSet<string>(ValueLists.Read(context, swagger.Root.File, ValueLists.ProperNounsKey, ValueLists.ProperNouns), StringComparer.Ordinal);
        if (ConnectorInfo.TryGetTitle(swagger.Root, out _, out var title))
        {
            words.UnionWith(Words(title));
        }

        return words;
    }

    /// <summary>The words of a text: runs of letters and digits (an apostrophe inside a word included).</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].TrimEnd('\'');
                start = -1;
            }
        }
    }
}
