using System.Buffers;
using System.Globalization;
using System.Text;

namespace ConnectorSdk.Analysis.Json;

/// <summary>
/// The lenient reader's slow path: one lexer pass that repairs, in place, what the platform's reader tolerates
/// (comments, trailing commas, missing commas, raw control characters in strings, Unicode whitespace between tokens,
/// data after the root value) so that a strict parse succeeds, and recovers a root object closed early by a stray '}'.
/// Bytes are only overwritten, never inserted or removed, so every offset still designates the same place in the
/// original text. It stops at the first thing no repair can recover and says what was expected there.
/// </summary>
internal ref struct JsonRepairer
{
    /// <summary>The strict parse's nesting limit (JsonDocumentOptions.MaxDepth 0 means 64); it also lets a ulong hold the container stack.</summary>
    public const int MaxDepth = 64;

    public static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    /// <summary>What ends a run of ordinary string content: the closing quote, an escape, a raw control character.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create([(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    /// <summary>Bytes that end a number or literal; any other byte belongs to it (and makes it invalid if it is not JSON).</summary>
    private static readonly SearchValues<byte> ScalarEnds = SearchValues.Create(" \t\r\n,:[]{}\"/"u8);

    private readonly Span<byte> _text;
    private readonly List<JsonReadProblem> _repairs;
    private Expect _expect;
    private int _position;
    private int _depth;
    private ulong _arrayLevels;
    private int _lastValueEnd;
    private int _pendingComma;
    private int _rootClose;
    private Reopening _reopening;
    private List<UnicodeSpace>? _unicodeSpaces;

    private JsonRepairer(Span<byte> text, List<JsonReadProblem> repairs)
    {
        _text = text;
        _repairs = repairs;
        _expect = Expect.Value;
        _pendingComma = -1;
        _rootClose = -1;
        _reopening = Reopening.None;
    }

    private enum Expect
    {
        /// <summary>The root value, a property value after ':', or an array item after ','.</summary>
        Value,
        ItemOrClose,
        NameOrClose,
        NameAfterComma,
        Colon,
        CommaOrClose,
        EndOfText,
    }

    private readonly bool InArray => ((_arrayLevels >> (_depth - 1)) & 1) != 0;

    /// <summary>
    /// Repairs <paramref name="text"/> in place, adding a <see cref="JsonProblemKind.LenientSyntax"/> or
    /// <see cref="JsonProblemKind.RootClosedEarly"/> problem per repair; returns the unrecoverable problem, if any.
    /// </summary>
    public static JsonReadProblem? Repair(Span<byte> text, List<JsonReadProblem> repairs)
    {
        var repairer = new JsonRepairer(text, repairs);
        var failure = repairer.Run();
        if (failure is null)
        {
            repairer.ReportUnicodeSpaces();
        }

        return failure;
    }

    /// <summary>Overwrites with spaces but keeps line breaks, so that a line the strict parse reports in the repaired copy is the original's line.</summary>
    public static void Blank(Span<byte> bytes)
    {
        foreach (ref var b in bytes)
        {
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                b = (byte)' ';
            }
        }
    }

    private JsonReadProblem? Run()
    {
        while (true)
        {
            if (ReadToken() is { } failure)
            {
                if (_reopening.Brace < 0)
                {
                    return failure;
                }

                UndoReopening();
            }
            else if (_position == _text.Length && _expect == Expect.EndOfText)
            {
                return null;
            }
        }
    }

    private JsonReadProblem? ReadToken()
    {
        if (SkipWhitespaceAndComments() is { } unclosedComment)
        {
            return unclosedComment;
        }

        if (_position == _text.Length)
        {
            return _expect == Expect.EndOfText ? null : UnexpectedEndOfText();
        }

        return Step(_text[_position]);
    }

    private JsonReadProblem? Step(byte next)
    {
        // A comma is pending only until the next token: it is trailing when that token closes the container.
        var pendingComma = _pendingComma;
        _pendingComma = -1;
        switch (_expect)
        {
            case Expect.Value:
                return next == ']' && pendingComma >= 0 ? CloseAfterTrailingComma(pendingComma) : ReadValue(next);
            case Expect.ItemOrClose:
                return next == ']' ? Close() : ReadValue(next);
            case Expect.NameOrClose:
                return next == '}' ? Close() : ReadName(next, "expected a property name in double quotes or '}'");
            case Expect.NameAfterComma:
                return next == '}' && pendingComma >= 0 ? CloseAfterTrailingComma(pendingComma) : ReadName(next, "expected a property name in double quotes");
            case Expect.Colon:
                if (next != ':')
                {
                    return UnexpectedCharacter("expected ':' after a property name");
                }

                _position++;
                _expect = Expect.Value;
                return null;
            case Expect.CommaOrClose:
                return ReadAfterValue(next);
            default:
                return ReopenRoot(next) ? ReadAfterValue(next) : BlankDataAfterRoot();
        }
    }

    private JsonReadProblem? ReadAfterValue(byte next)
    {
        var inArray = InArray;
        if (next == ',')
        {
            _pendingComma = _position++;
            _expect = inArray ? Expect.Value : Expect.NameAfterComma;
            return null;
        }

        if (next == (inArray ? ']' : '}'))
        {
            return Close();
        }

        var nextStartsAnother = inArray ? next is (byte)'"' or (byte)'{' or (byte)'[' || !ScalarEnds.Contains(next) : next == '"';
        if (nextStartsAnother && _position > _lastValueEnd)
        {
            // Only whitespace or blanked comments lie between the two, so the byte after the value can become the comma.
            _text[_lastValueEnd] = (byte)',';
            Repaired("missing comma", _lastValueEnd, 0);
            _expect = inArray ? Expect.Value : Expect.NameAfterComma;
            return null;
        }

        return UnexpectedCharacter(inArray ? "expected ',' or ']' after an array item" : "expected ',' or '}' after a property value");
    }

    private JsonReadProblem? ReadValue(byte next)
    {
        switch (next)
        {
            case (byte)'{' or (byte)'[':
                if (_depth == MaxDepth)
                {
                    return Unreadable($"more than {MaxDepth} nested objects and arrays", _position, 1);
                }

                _arrayLevels = next == '[' ? _arrayLevels | (1UL << _depth) : _arrayLevels & ~(1UL << _depth);
                _depth++;
                _position++;
                _expect = next == '[' ? Expect.ItemOrClose : Expect.NameOrClose;
                return null;
            case (byte)'"':
                if (ReadString(isName: false) is { } badString)
                {
                    return badString;
                }

                break;
            default:
                var length = ScalarLength(out var unexpected);
                if (length == 0)
                {
                    return UnexpectedCharacter("expected a value");
                }

                if (!IsLiteralOrNumber(_text.Slice(_position, length)))
                {
                    return Unreadable(unexpected is { } name ? $"invalid value containing {name}" : "invalid value", _position, length);
                }

                _position += length;
                break;
        }

        EndValue();
        return null;
    }

    private JsonReadProblem? ReadName(byte next, string expected)
    {
        if (next != '"')
        {
            return UnexpectedCharacter(expected);
        }

        if (ReadString(isName: true) is { } badString)
        {
            return badString;
        }

        _expect = Expect.Colon;
        return null;
    }

    private JsonReadProblem? ReadString(bool isName)
    {
        var start = _position;
        var position = start + 1;
        while (true)
        {
            var found = _text[position..].IndexOfAny(StringStops);
            if (found < 0)
            {
                return Unreadable("unexpected end of file: a string is not closed", start, 1);
            }

            position += found;
            var stop = _text[position];
            if (stop == '"')
            {
                _position = position + 1;
                return null;
            }

            if (stop == '\\')
            {
                var escapeLength = EscapeLength(_text[position..]);
                if (escapeLength == 0)
                {
                    return Unreadable("invalid escape sequence in a string", position, Math.Min(2, _text.Length - position));
                }

                // The strict parse compares property names as strings, and throws on one no string can hold.
                if (isName && escapeLength == 6 && char.IsSurrogate((char)UnicodeEscape(_text[position..])))
                {
                    return Unreadable("unpaired surrogate escape in a property name", position, escapeLength);
                }

                position += escapeLength;
                continue;
            }

            var length = stop == '\r' && position + 1 < _text.Length && _text[position + 1] == '\n' ? 2 : 1;
            _text.Slice(position, length).Fill((byte)' ');
            Repaired(stop switch
            {
                (byte)'\t' => "raw tab character in a string",
                (byte)'\r' or (byte)'\n' => "raw line break in a string",
                _ => $"raw control character U+{stop:X4} in a string",
            }, position, length);
            position += length;
        }
    }

    /// <summary>
    /// The length of the escape sequence <paramref name="escape"/> starts with: 2, 6 for \uXXXX, 12 for an escaped
    /// surrogate pair (so that a surrogate alone in 6 bytes is unpaired), or 0 when JSON does not allow it.
    /// </summary>
    private static int EscapeLength(ReadOnlySpan<byte> escape)
    {
        if (escape.Length >= 2 && escape[1] is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t')
        {
            return 2;
        }

        var unit = UnicodeEscape(escape);
        return unit < 0 ? 0 : char.IsHighSurrogate((char)unit) && char.IsLowSurrogate((char)UnicodeEscape(escape[6..])) ? 12 : 6;
    }

    /// <summary>The UTF-16 unit of the \uXXXX escape <paramref name="escape"/> starts with, or -1.</summary>
    private static int UnicodeEscape(ReadOnlySpan<byte> escape)
        => escape.Length >= 6 && escape.StartsWith("\\u"u8) && int.TryParse(escape[2..6], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit) ? unit : -1;

    /// <summary>
    /// The length of the number or literal at the current position. Like Json.NET, it ends at whitespace that reader
    /// skips; <paramref name="unexpected"/> names an invisible or confusable character in it, which makes it invalid.
    /// </summary>
    private readonly int ScalarLength(out string? unexpected)
    {
        var rest = _text[_position..];
        var length = rest.IndexOfAny(ScalarEnds) is var end and >= 0 ? end : rest.Length;
        unexpected = null;
        if (rest[..length].IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) is var other and >= 0)
        {
            Rune.DecodeFromUtf8(rest[other..], out var character, out _);
            if (CharacterNames.IsPlatformWhitespace(character))
            {
                return other;
            }

            unexpected = CharacterNames.Describe(character);
        }

        return length;
    }

    private static bool IsLiteralOrNumber(ReadOnlySpan<byte> token)
        => token.SequenceEqual("true"u8) || token.SequenceEqual("false"u8) || token.SequenceEqual("null"u8) || IsNumber(token);

    /// <summary>RFC 8259 number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    private static bool IsNumber(ReadOnlySpan<byte> token)
    {
        var rest = token.StartsWith("-"u8) ? token[1..] : token;
        if (rest.IsEmpty || !char.IsAsciiDigit((char)rest[0]))
        {
            return false;
        }

        rest = rest[0] == '0' ? rest[1..] : SkipDigits(rest);
        if (rest.StartsWith("."u8))
        {
            var fraction = SkipDigits(rest[1..]);
            if (fraction.Length == rest.Length - 1)
            {
                return false;
            }

            rest = fraction;
        }

        if (!rest.IsEmpty && (rest[0] | 0x20) == 'e')
        {
            rest = rest[1..];
            rest = !rest.IsEmpty && rest[0] is (byte)'+' or (byte)'-' ? rest[1..] : rest;
            var exponent = SkipDigits(rest);
            if (exponent.Length == rest.Length)
            {
                return false;
            }

            rest = exponent;
        }

        return rest.IsEmpty;
    }

    private static ReadOnlySpan<byte> SkipDigits(ReadOnlySpan<byte> text)
        => text.IndexOfAnyExceptInRange((byte)'0', (byte)'9') is var end and >= 0 ? text[end..] : [];

    /// <summary>
    /// Moves past whitespace, blanking comments and the other whitespace the platform's reader skips (each character's
    /// bytes become spaces); returns a problem only for a block comment that never ends.
    /// </summary>
    private JsonReadProblem? SkipWhitespaceAndComments()
    {
        while (true)
        {
            var found = _text[_position..].IndexOfAnyExcept(Whitespace);
            if (found < 0)
            {
                _position = _text.Length;
                return null;
            }

            _position += found;
            var rest = _text[_position..];
            int length;
            if (rest.StartsWith("//"u8))
            {
                length = rest.IndexOfAny((byte)'\r', (byte)'\n') is var lineEnd and >= 0 ? lineEnd : rest.Length;
            }
            else if (rest.StartsWith("/*"u8))
            {
                var close = rest[2..].IndexOf("*/"u8);
                if (close < 0)
                {
                    return Unreadable("unexpected end of file: a comment is not closed", _position, 2);
                }

                length = close + 4;
            }
            else if (rest[0] is >= 0x80 or 0x0B or 0x0C
                && Rune.DecodeFromUtf8(rest, out var character, out length) == OperationStatus.Done
                && CharacterNames.IsPlatformWhitespace(character))
            {
                rest[..length].Fill((byte)' ');
                (_unicodeSpaces ??= []).Add(new(_position, length, character));
                _position += length;
                continue;
            }
            else
            {
                return null;
            }

            Blank(rest[..length]);
            Repaired("comment", _position, length);
            _position += length;
        }
    }

    /// <summary>One finding per character, at its first place: a file indented with U+00A0 would otherwise have one per line.</summary>
    private readonly void ReportUnicodeSpaces()
    {
        foreach (var occurrences in _unicodeSpaces?.GroupBy(space => space.Character.Value) ?? [])
        {
            var (first, more) = (occurrences.First(), occurrences.Count() - 1);
            var places = more switch { 0 => "", 1 => " (here and in 1 more place)", _ => $" (here and in {more} more places)" };
            Repaired($"{CharacterNames.Describe(first.Character)} used as whitespace{places}", first.Offset, first.Length);
        }
    }

    /// <summary>
    /// A member after the root object means the root closed early: a stray '}' at or before the brace that closed it
    /// ended an object too soon. The platform's reader does not take the members after that brace as the root's;
    /// reading them as the root's keeps the rules from reporting as missing what the file has. The brace that
    /// closed the root is blanked, so that the root's real closing brace ends it. If what follows does not read as
    /// members that close the root, <see cref="UndoReopening"/> treats it as data after the root value after all.
    /// </summary>
    private bool ReopenRoot(byte next)
    {
        var member = next == '"' || (next == ',' && _text[(_position + 1)..] is var rest && rest.IndexOfAnyExcept(Whitespace) is var name and >= 0 && rest[name] == '"');
        if (!member || _rootClose < 0 || _text[_rootClose] != '}')
        {
            return false;
        }

        _reopening = new(_rootClose, _position, _repairs.Count, _unicodeSpaces?.Count ?? 0);
        _text[_rootClose] = (byte)' ';
        _repairs.Add(new(JsonProblemKind.RootClosedEarly, "the root object closes here, but members follow; they were read as members of the root, so an extra '}' is at or before this point", _rootClose, 1));
        _depth = 1;

        // The blanked brace can hold a missing comma before the first member.
        _lastValueEnd = _rootClose;
        return true;
    }

    private void UndoReopening()
    {
        _text[_reopening.Brace] = (byte)'}';
        _repairs.RemoveRange(_reopening.Repairs, _repairs.Count - _reopening.Repairs);
        _unicodeSpaces?.RemoveRange(_reopening.UnicodeSpaces, _unicodeSpaces.Count - _reopening.UnicodeSpaces);
        (_depth, _position, _pendingComma, _expect) = (0, _reopening.DataStart, -1, Expect.EndOfText);
        _reopening = Reopening.None;
        BlankDataAfterRoot();
    }

    /// <summary>
    /// Data after the root value is blanked rather than unreadable: the real corpus has a certified swagger with
    /// trailing data that the platform accepted (rules.md), so the platform stops reading after the root value.
    /// </summary>
    private JsonReadProblem? BlankDataAfterRoot()
    {
        var rest = _text[_position..];
        Repaired("data after the root value", _position, rest.LastIndexOfAnyExcept(Whitespace) + 1);
        Blank(rest);
        _position = _text.Length;
        return null;
    }

    private JsonReadProblem? CloseAfterTrailingComma(int comma)
    {
        _text[comma] = (byte)' ';
        Repaired("trailing comma", comma, 1);
        return Close();
    }

    private JsonReadProblem? Close()
    {
        if (--_depth == 0)
        {
            // The root closing again ends a reopening: what was read since stands.
            (_rootClose, _reopening) = (_position, Reopening.None);
        }

        _position++;
        EndValue();
        return null;
    }

    private void EndValue()
    {
        _lastValueEnd = _position;
        _expect = _depth == 0 ? Expect.EndOfText : Expect.CommaOrClose;
    }

    private readonly JsonReadProblem UnexpectedEndOfText()
        => _depth == 0
            ? Unreadable("the file contains no JSON value", _text.Length, 0)
            : Unreadable($"unexpected end of file: {(InArray ? "an array" : "an object")} is not closed", _text.Length, 0);

    /// <summary>A problem at the current character, naming it when it is invisible or confusable: "found U+201C LEFT DOUBLE QUOTATION MARK".</summary>
    private readonly JsonReadProblem UnexpectedCharacter(string expected)
    {
        Rune.DecodeFromUtf8(_text[_position..], out var character, out var length);
        return Unreadable(CharacterNames.Describe(character) is { } name ? $"{expected}, found {name}" : expected, _position, length);
    }

    private readonly void Repaired(string detail, int offset, int length) => _repairs.Add(new(JsonProblemKind.LenientSyntax, detail, offset, length));

    private static JsonReadProblem Unreadable(string detail, int offset, int length) => new(JsonProblemKind.Unreadable, detail, offset, length);

    /// <summary>Where the root was reopened, and how many problems had been found by then; <see cref="None"/> when it is not.</summary>
    private readonly record struct Reopening(int Brace, int DataStart, int Repairs, int UnicodeSpaces)
    {
        public static readonly Reopening None = new(-1, -1, 0, 0);
    }

    private sealed record UnicodeSpace(int Offset, int Length, Rune Character);
}
