using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// The parts of apiProperties.json that several rules read, read once here: the <c>properties</c>
/// object and its brand colour. Every accessor tolerates any JSON shape.
/// </summary>
internal static class ApiPropertiesElements
{
    public const string Properties = "properties";
    public const string IconBrandColor = "iconBrandColor";
    public const string ScriptOperations = "scriptOperations";

    /// <summary>The colour the platform gives a connector that sets none; verified publishers must choose their own.</summary>
    public const string DefaultBrandColor = "#007ee5";

    public const string WhiteBrandColor = "#ffffff";

    /// <summary>The colour every independent publisher connector uses.</summary>
    public const string IndependentPublisherBrandColor = "#da3b01";

    private const int MaxShownValueLength = 60;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>Compact JSON that escapes only what JSON requires, so values read as the user wrote them.</summary>
    private static readonly JsonWriterOptions ShowOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The <c>properties</c> member of the root when it is an object.</summary>
    public static bool TryGetProperties(SourceElement root, out SourceElement properties)
        => root.TryGetProperty(Properties, out properties) && properties.Kind == JsonValueKind.Object;

    /// <summary>An HTML hex colour: '#' followed by exactly six hexadecimal digits.</summary>
    public static bool IsHexColor(string value)
        => value.Length == 7 && value[0] == '#' && value.AsSpan(1).IndexOfAnyExcept(HexDigits) < 0;

    /// <summary>
    /// The brand colour when it is a string written as an HTML hex colour. Anything else (missing,
    /// another JSON type, another notation) is PPC2002's finding, so the rules about particular
    /// colours only look at well-formed ones.
    /// </summary>
    public static bool TryGetWellFormedBrandColor(SourceElement root, out SourceElement element, out string color)
    {
        if (TryGetProperties(root, out var properties)
            && properties.TryGetProperty(IconBrandColor, out element)
            && element.Kind == JsonValueKind.String
            && element.Value.GetString() is { } value
            && IsHexColor(value))
        {
            color = value;
            return true;
        }

        element = default;
        color = "";
        return false;
    }

    public static bool IsSameColor(string color, string other) => string.Equals(color, other, StringComparison.OrdinalIgnoreCase);

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
