using System.Buffers;
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

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

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
}
