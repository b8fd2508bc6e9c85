using System.Text.Json;

namespace ConnectorSdk.Analysis.Json;

/// <summary>Turns byte offsets and JSON pointers of a UTF-8 text into line/column spans.</summary>
/// <remarks>
/// Nothing is indexed up front: most files have no finding. The first few pointers are each found by one reader pass
/// that allocates nothing; a file with more findings gets an index of every pointer. Not thread-safe; a source map is
/// used by one thread at a time.
/// </remarks>
internal sealed class SourceMap
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly ReadOnlyMemory<byte> _text;
    private readonly ReadOnlyMemory<byte> _json;
    private int[]? _lineStarts;
    private Dictionary<string, Node>? _nodes;
    private int _lookups;

    /// <summary>Pointers looked up one by one before the whole file is indexed.</summary>
    private const int LookupsBeforeIndex = 8;

    public SourceMap(ReadOnlyMemory<byte> text)
        : this(text, text)
    {
    }

    /// <summary>
    /// Lines and columns come from <paramref name="text"/>; pointers are found in <paramref name="repairedText"/>, the
    /// lenient reader's strict-JSON copy of it, which has every byte at the same offset.
    /// </summary>
    internal SourceMap(ReadOnlyMemory<byte> text, ReadOnlyMemory<byte> repairedText)
    {
        _text = text;
        _json = repairedText;
    }

    public SourceSpan GetSpan(int byteOffset, int byteLength)
    {
        var start = Math.Clamp(byteOffset, 0, _text.Length);
        var end = (int)Math.Clamp((long)start + byteLength, start, _text.Length);
        var (startLine, startColumn) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(end);
        return new SourceSpan(startLine, startColumn, endLine, endColumn);
    }

    public bool TryGetSpan(string jsonPointer, LocationTarget target, out SourceSpan span)
    {
        if (_nodes is null && ++_lookups > LookupsBeforeIndex)
        {
            _nodes = IndexNodes(_json.Span);
        }

        var pointer = Canonical(jsonPointer);
        if (!(_nodes is null ? TryFindNode(_json.Span, pointer, out var node) : _nodes.TryGetValue(pointer, out node)))
        {
            span = default;
            return false;
        }

        span = target == LocationTarget.Name && node.NameStart >= 0
            ? GetSpan(node.NameStart, node.NameEnd - node.NameStart)
            : GetSpan(node.ValueStart, node.ValueEnd - node.ValueStart);
        return true;
    }

    /// <summary>The index's form of a pointer: the URI fragment form ("#/a%20b") becomes the plain one.</summary>
    private static string Canonical(string pointer)
        => pointer.StartsWith('#') && (pointer.Length == 1 || pointer[1] == '/') ? JsonPointer.From(JsonPointer.Parse(pointer)) : pointer;

    private (int Line, int Column) GetPosition(int offset)
    {
        var lineStarts = _lineStarts ??= IndexLineStarts(_text.Span);
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, Utf16Length(_text.Span[lineStarts[line]..offset]) + 1);
    }

    /// <summary>Where each line starts; a line ends at \n, \r\n or a lone \r.</summary>
    private static int[] IndexLineStarts(ReadOnlySpan<byte> text)
    {
        var starts = new List<int> { 0 };
        var position = 0;
        while (text[position..].IndexOfAny((byte)'\r', (byte)'\n') is var found and >= 0)
        {
            position += found + 1;
            if (text[position - 1] == '\r' && position < text.Length && text[position] == '\n')
            {
                position++;
            }

            starts.Add(position);
        }

        return [.. starts];
    }

    /// <summary>
    /// UTF-16 units of a UTF-8 run: every byte but a continuation byte starts a character, and a 4-byte sequence
    /// (above U+FFFF) takes two units. Counted byte by byte so that any slice, even mid-character, has a length.
    /// </summary>
    private static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var firstNonAscii = utf8.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
        if (firstNonAscii < 0)
        {
            return utf8.Length;
        }

        var length = utf8.Length;
        foreach (var b in utf8[firstNonAscii..])
        {
            if ((b & 0xC0) == 0x80)
            {
                length--;
            }
            else if (b >= 0xF0)
            {
                length++;
            }
        }

        return length;
    }

    /// <summary>One reader pass up to the value a pointer names, skipping every other member and item.</summary>
    private static bool TryFindNode(ReadOnlySpan<byte> json, string pointer, out Node node)
    {
        node = default;
        // As the index has it: only a well-formed pointer ("/a~b" has a '~' that escapes nothing) names a value.
        var tokens = pointer.StartsWith('/') ? JsonPointer.Parse(pointer) : [];
        if (JsonPointer.From(tokens) != pointer)
        {
            return false;
        }

        var reader = new Utf8JsonReader(json, ReaderOptions);
        int nameStart = -1, nameEnd = -1;
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            foreach (var token in tokens)
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    if (!TryEnterMember(ref reader, token, out nameStart, out nameEnd))
                    {
                        return false;
                    }
                }
                else if (!TryEnterItem(ref reader, token))
                {
                    return false;
                }
                else
                {
                    nameStart = nameEnd = -1;
                }
            }

            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            node = new Node(nameStart, nameEnd, valueStart, (int)reader.BytesConsumed);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>From an object's start to the value of its member <paramref name="name"/> (the reader's text holds each name once).</summary>
    private static bool TryEnterMember(ref Utf8JsonReader reader, string name, out int nameStart, out int nameEnd)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            nameStart = (int)reader.TokenStartIndex;
            nameEnd = nameStart + reader.ValueSpan.Length + 2;
            var matches = reader.ValueTextEquals(name);
            reader.Read();
            if (matches)
            {
                return true;
            }

            reader.Skip();
        }

        nameStart = nameEnd = -1;
        return false;
    }

    /// <summary>From an array's start to its item at the index <paramref name="token"/> gives.</summary>
    private static bool TryEnterItem(ref Utf8JsonReader reader, string token)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return false;
        }

        for (var item = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; item++)
        {
            if (item == index)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>One reader pass: the name and value offsets of every value, by pointer.</summary>
    private static Dictionary<string, Node> IndexNodes(ReadOnlySpan<byte> json)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var open = new Stack<Container>();
        var reader = new Utf8JsonReader(json, ReaderOptions);
        int nameStart = -1, nameEnd = -1;
        string? name = null;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = reader.GetString();
                        nameStart = start;
                        nameEnd = start + reader.ValueSpan.Length + 2;
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push(new Container(PointerOf(open, name), reader.TokenType == JsonTokenType.StartArray, nameStart, nameEnd, start));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var container = open.Pop();
                        nodes[container.Pointer] = new Node(container.NameStart, container.NameEnd, container.ValueStart, (int)reader.BytesConsumed);
                        break;
                    default:
                        nodes[PointerOf(open, name)] = new Node(nameStart, nameEnd, start, (int)reader.BytesConsumed);
                        break;
                }

                name = null;
                nameStart = nameEnd = -1;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Text that stops being JSON (or has a name no string can hold) keeps the pointers indexed before that point.
        }

        return nodes;
    }

    private static string PointerOf(Stack<Container> open, string? name)
    {
        if (!open.TryPeek(out var parent))
        {
            return JsonPointer.Root;
        }

        return parent.IsArray ? JsonPointer.Append(parent.Pointer, parent.ItemCount++) : JsonPointer.Append(parent.Pointer, name!);
    }

    /// <summary>Byte offsets of a value and, for a property, of its name (quotes included); NameStart is -1 for items and the root.</summary>
    private readonly record struct Node(int NameStart, int NameEnd, int ValueStart, int ValueEnd);

    private sealed class Container(string pointer, bool isArray, int nameStart, int nameEnd, int valueStart)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int NameStart { get; } = nameStart;

        public int NameEnd { get; } = nameEnd;

        public int ValueStart { get; } = valueStart;

        public int ItemCount { get; set; }
    }
}
