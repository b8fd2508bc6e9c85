using System.Collections.Frozen;
using System.Text;

namespace ConnectorSdk.Analysis.Json;

/// <summary>
/// Names the characters an author cannot see or tell apart from JSON syntax, so that a message can say which one is
/// there ("U+2003 EM SPACE"): controls, Unicode spaces, zero-width and direction marks, typographic quotes.
/// </summary>
internal static class CharacterNames
{
    /// <summary>Unicode names; a control character has none, so it gets its formal alias.</summary>
    private static readonly FrozenDictionary<int, string> Names = new Dictionary<int, string>
    {
        [0x00] = "NULL", [0x01] = "START OF HEADING", [0x02] = "START OF TEXT", [0x03] = "END OF TEXT",
        [0x04] = "END OF TRANSMISSION", [0x05] = "ENQUIRY", [0x06] = "ACKNOWLEDGE", [0x07] = "ALERT",
        [0x08] = "BACKSPACE", [0x09] = "CHARACTER TABULATION", [0x0A] = "LINE FEED", [0x0B] = "LINE TABULATION",
        [0x0C] = "FORM FEED", [0x0D] = "CARRIAGE RETURN", [0x0E] = "SHIFT OUT", [0x0F] = "SHIFT IN",
        [0x10] = "DATA LINK ESCAPE", [0x11] = "DEVICE CONTROL ONE", [0x12] = "DEVICE CONTROL TWO", [0x13] = "DEVICE CONTROL THREE",
        [0x14] = "DEVICE CONTROL FOUR", [0x15] = "NEGATIVE ACKNOWLEDGE", [0x16] = "SYNCHRONOUS IDLE", [0x17] = "END OF TRANSMISSION BLOCK",
        [0x18] = "CANCEL", [0x19] = "END OF MEDIUM", [0x1A] = "SUBSTITUTE", [0x1B] = "ESCAPE",
        [0x1C] = "INFORMATION SEPARATOR FOUR", [0x1D] = "INFORMATION SEPARATOR THREE", [0x1E] = "INFORMATION SEPARATOR TWO", [0x1F] = "INFORMATION SEPARATOR ONE",
        [0x7F] = "DELETE", [0x85] = "NEXT LINE",

        // Space separators (Zs) other than U+0020, and the line and paragraph separators.
        [0xA0] = "NO-BREAK SPACE", [0x1680] = "OGHAM SPACE MARK", [0x2000] = "EN QUAD", [0x2001] = "EM QUAD",
        [0x2002] = "EN SPACE", [0x2003] = "EM SPACE", [0x2004] = "THREE-PER-EM SPACE", [0x2005] = "FOUR-PER-EM SPACE",
        [0x2006] = "SIX-PER-EM SPACE", [0x2007] = "FIGURE SPACE", [0x2008] = "PUNCTUATION SPACE", [0x2009] = "THIN SPACE",
        [0x200A] = "HAIR SPACE", [0x202F] = "NARROW NO-BREAK SPACE", [0x205F] = "MEDIUM MATHEMATICAL SPACE", [0x3000] = "IDEOGRAPHIC SPACE",
        [0x2028] = "LINE SEPARATOR", [0x2029] = "PARAGRAPH SEPARATOR",

        // Zero-width and direction formatting characters.
        [0xAD] = "SOFT HYPHEN", [0x180E] = "MONGOLIAN VOWEL SEPARATOR", [0x200B] = "ZERO WIDTH SPACE", [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER", [0x200E] = "LEFT-TO-RIGHT MARK", [0x200F] = "RIGHT-TO-LEFT MARK", [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING", [0x202C] = "POP DIRECTIONAL FORMATTING", [0x202D] = "LEFT-TO-RIGHT OVERRIDE", [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER", [0x2066] = "LEFT-TO-RIGHT ISOLATE", [0x2067] = "RIGHT-TO-LEFT ISOLATE", [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE", [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE", [0xFFFD] = "REPLACEMENT CHARACTER",

        // Look like JSON's quotes and punctuation but are not.
        [0x2018] = "LEFT SINGLE QUOTATION MARK", [0x2019] = "RIGHT SINGLE QUOTATION MARK", [0x201C] = "LEFT DOUBLE QUOTATION MARK",
        [0x201D] = "RIGHT DOUBLE QUOTATION MARK", [0xFF02] = "FULLWIDTH QUOTATION MARK", [0xFF0C] = "FULLWIDTH COMMA",
        [0xFF1A] = "FULLWIDTH COLON", [0xFF5B] = "FULLWIDTH LEFT CURLY BRACKET", [0xFF5D] = "FULLWIDTH RIGHT CURLY BRACKET",
    }.ToFrozenDictionary();

    /// <summary>"U+2003 EM SPACE" for a character in the table, otherwise null: a visible character speaks for itself.</summary>
    public static string? Describe(Rune character)
        => Names.TryGetValue(character.Value, out var name) ? $"U+{character.Value:X4} {name}" : null;

    /// <summary>
    /// What Json.NET, the platform's reader, skips between tokens besides JSON's four whitespace characters:
    /// <see cref="char.IsWhiteSpace(char)"/> (vertical tab, form feed, NEXT LINE, the Unicode spaces and separators) and U+FEFF.
    /// </summary>
    public static bool IsPlatformWhitespace(Rune character) => Rune.IsWhiteSpace(character) || character.Value == 0xFEFF;
}
