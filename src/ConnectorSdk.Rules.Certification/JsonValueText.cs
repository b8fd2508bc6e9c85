using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification;

/// <summary>How the pack's messages show a JSON value found in a file, for every rule of every file.</summary>
internal static class JsonValueText
{
    private const int MaxShownValueLength = 60;

    /// <summary>Compact JSON that escapes only what JSON requires, so values read as the user wrote them.</summary>
    private static readonly JsonWriterOptions ShowOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A value in JSON notation on one line, for messages: a string in double quotes, a number or
    /// literal as is, a container compacted, shortened when long. The JSON form tells "12" from 12 and
    /// shows an empty string as "".
    /// </summary>
    public static string Show(SourceElement element)
    {
        // A writer rather than JsonSerializer: no reflection-based serializer to start up for one message.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ShowOptions))
        {
            element.Value.WriteTo(writer);
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return text.Length <= MaxShownValueLength ? text : string.Concat(text.AsSpan(0, MaxShownValueLength), "…");
    }
}
