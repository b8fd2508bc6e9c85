using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ConnectorSdk.Analysis.Json;

/// <summary>Reads JSON the way the platform tolerates it, reporting every leniency it needed.</summary>
/// <remarks>
/// A strict parse first: clean files, nearly all of them, are parsed once and nothing else. Only when it fails is the
/// text repaired in place by <see cref="JsonRepairer"/> and <see cref="DuplicateKeyRemover"/> and parsed strictly again.
/// </remarks>
internal static class LenientJsonReader
{
    private static readonly JsonDocumentOptions StrictOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    public static JsonReadResult Read(ReadOnlyMemory<byte> content)
    {
        var problems = new List<JsonReadProblem>();
        var text = content.Span.StartsWith(Encoding.UTF8.Preamble) ? content[Encoding.UTF8.Preamble.Length..] : content;
        if (!Utf8.IsValid(text.Span))
        {
            text = TranscodeWindows1252(text.Span, problems);
        }

        try
        {
            return new JsonReadResult(JsonDocument.Parse(text, StrictOptions), text, new SourceMap(text), problems);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a property name escaping an unpaired surrogate, which duplicate checking cannot compare.
            return ReadLeniently(text, problems);
        }
    }

    private static JsonReadResult ReadLeniently(ReadOnlyMemory<byte> text, List<JsonReadProblem> problems)
    {
        if (text.Span.IndexOfAnyExcept(JsonRepairer.Whitespace) < 0)
        {
            return Unreadable(text, problems, new(JsonProblemKind.Unreadable, "the file is empty", 0, 0));
        }

        var repaired = text.ToArray();
        var repairs = new List<JsonReadProblem>();
        if (JsonRepairer.Repair(repaired, repairs) is { } failure)
        {
            // Repairs made before the failure are guesses about a file the platform rejects anyway: report only what stops it.
            return Unreadable(text, problems, failure);
        }

        try
        {
            DuplicateKeyRemover.BlankEarlierMembers(repaired, repairs);
            var document = JsonDocument.Parse(repaired, StrictOptions);
            problems.AddRange(repairs.OrderBy(problem => problem.ByteOffset));
            return new JsonReadResult(document, text, new SourceMap(text, repaired), problems);
        }
        catch (JsonException exception)
        {
            // The repairer accepts only what a strict parse accepts, so this is a safety net for what it may have missed.
            return Unreadable(text, problems, new(JsonProblemKind.Unreadable, "invalid JSON", OffsetOf(exception, repaired), 0));
        }
    }

    private static JsonReadResult Unreadable(ReadOnlyMemory<byte> text, List<JsonReadProblem> problems, JsonReadProblem failure)
    {
        problems.Add(failure);
        return new JsonReadResult(null, text, new SourceMap(text), problems);
    }

    /// <summary>The byte offset of a reader exception's position; the reader counts lines from 0 and only at '\n'.</summary>
    private static int OffsetOf(JsonException exception, ReadOnlySpan<byte> json)
    {
        var lineStart = 0;
        for (var line = 0L; line < exception.LineNumber; line++)
        {
            var lineEnd = json[lineStart..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                return json.Length;
            }

            lineStart += lineEnd + 1;
        }

        return (int)Math.Min(json.Length, lineStart + (exception.BytePositionInLine ?? 0));
    }

    /// <summary>Decodes text that is not UTF-8 as Windows-1252 (what editors on Windows save) and re-encodes it as UTF-8.</summary>
    private static byte[] TranscodeWindows1252(ReadOnlySpan<byte> bytes, List<JsonReadProblem> problems)
    {
        var invalid = IndexOfInvalidUtf8(bytes);
        var decoded = Windows1252.Encoding.GetString(bytes);
        var text = Encoding.UTF8.GetBytes(decoded);

        // A single-byte code page decodes each byte to one char, so the invalid byte's char index is its byte index.
        var offset = Encoding.UTF8.GetByteCount(decoded.AsSpan(0, invalid));
        var length = Encoding.UTF8.GetByteCount(decoded.AsSpan(invalid, 1));
        var before = bytes[..invalid];
        var line = 1 + before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8);
        problems.Add(new(JsonProblemKind.NotUtf8, $"byte 0x{bytes[invalid]:X2} at line {line}", offset, length));
        return text;
    }

    private static int IndexOfInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = Math.Max(0, bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F));
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var length) == OperationStatus.Done)
        {
            offset += length;
        }

        return offset;
    }

    /// <summary>Registers the code-page provider only when a file needs it.</summary>
    private static class Windows1252
    {
        public static readonly Encoding Encoding = CreateEncoding();

        private static Encoding CreateEncoding()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}
