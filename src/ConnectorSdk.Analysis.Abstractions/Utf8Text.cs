using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ConnectorSdk.Analysis;

/// <summary>
/// Names and strings of a parsed JSON file as decoded UTF-8, read in place: compared without a string per node.
/// Only text written with JSON escapes (rare) is decoded into a new array.
/// </summary>
public static class Utf8Text
{
    /// <summary>The member's name.</summary>
    public static ReadOnlySpan<byte> Name(JsonProperty member)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        return raw.IndexOf((byte)'\\') < 0 ? raw : Encoding.UTF8.GetBytes(member.Name);
    }

    /// <summary>The text of a string value.</summary>
    public static ReadOnlySpan<byte> String(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value)[1..^1];
        return raw.IndexOf((byte)'\\') < 0 ? raw : Encoding.UTF8.GetBytes(value.GetString()!);
    }
}
