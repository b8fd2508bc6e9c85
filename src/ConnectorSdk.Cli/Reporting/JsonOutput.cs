using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose output goes to a <see cref="TextWriter"/> (the console or a file)
/// each time it is flushed, so that a long report streams instead of growing in memory.
/// </summary>
internal sealed class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Reports are read by people and tools, never embedded in HTML: keep quotes, '<' and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public JsonOutput(TextWriter output)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, Options);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Sends what was written so far; the writer only ever flushes whole tokens, so the bytes decode cleanly.</summary>
    public void Flush()
    {
        Writer.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    /// <summary>Ends the document with a line break, as text on a console should.</summary>
    public void Complete()
    {
        Flush();
        _output.WriteLine();
    }
}
