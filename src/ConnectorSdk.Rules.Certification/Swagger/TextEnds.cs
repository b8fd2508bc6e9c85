using System.Text;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>How texts end: names (a title, a summary) with a letter, descriptions as sentences; and how a message quotes the end.</summary>
internal static class TextEnds
{
    /// <summary>
    /// The last character of <paramref name="text"/> when it is not a letter, a digit or ')' (the close of a suffix such
    /// as "(V2)" or "(deprecated)"); false for text that ends well, and for empty text.
    /// </summary>
    public static bool TryGetBadEnd(string text, out Rune last)
    {
        last = default;
        return text.Length > 0
            && Rune.TryGetRuneAt(text, char.IsLowSurrogate(text[^1]) && text.Length > 1 ? text.Length - 2 : text.Length - 1, out last)
            && !Rune.IsLetterOrDigit(last) && last.Value != ')';
    }

    /// <summary>What may follow a sentence's final punctuation: "(See the docs.)", "Say \"hello.\"".</summary>
    private static readonly char[] ClosingMarks = [')', '"', '\'', '”', '’'];

    /// <summary>How much of a text's end a message quotes.</summary>
    private const int QuotedEnd = 30;

    /// <summary>
    /// Whether <paramref name="text"/> ends as a sentence does: with '.', '!' or '?', closing quotes or parentheses and
    /// white space after it ignored (descriptions, PPC1064 and PPC1140).
    /// </summary>
    public static bool EndsSentence(string text)
        => text.TrimEnd().TrimEnd(ClosingMarks) is { Length: > 0 } sentence && sentence[^1] is '.' or '!' or '?';

    /// <summary>The end of a text for a message: all of it up to 30 characters, else "…" and its last 30 (trailing white space left out).</summary>
    public static string QuoteEnd(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length <= QuotedEnd ? trimmed : string.Concat("…", trimmed.AsSpan(trimmed.Length - QuotedEnd));
    }

    /// <summary>A character for a message: 'a space', 'a tab', '.'.</summary>
    public static string Describe(Rune character) => character.Value switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        '\n' => "a line feed",
        '\r' => "a carriage return",
        _ when Rune.IsWhiteSpace(character) => $"white space (U+{character.Value:X4})",
        _ when Rune.IsControl(character) => $"a control character (U+{character.Value:X4})",
        _ => $"'{character}'",
    };
}
