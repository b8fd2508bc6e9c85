using System.Text;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>How names (a title, a summary) end: the last character, and how a message names it.</summary>
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
