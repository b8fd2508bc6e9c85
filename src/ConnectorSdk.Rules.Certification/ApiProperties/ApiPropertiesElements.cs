using System.Buffers;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// The parts of apiProperties.json that several rules read, read once here: the <c>properties</c>
/// object, its brand colour and its connection parameters. Every accessor tolerates any JSON shape.
/// </summary>
internal static class ApiPropertiesElements
{
    public const string Properties = "properties";
    public const string IconBrandColor = "iconBrandColor";
    public const string ScriptOperations = "scriptOperations";
    public const string Publisher = "publisher";
    public const string StackOwner = "stackOwner";
    public const string ConnectionParameters = "connectionParameters";
    public const string ConnectionParameterSets = "connectionParameterSets";
    public const string OAuthSettings = "oAuthSettings";
    public const string IdentityProvider = "identityProvider";

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

    /// <summary>
    /// Every connection parameter, as a member of its map (any JSON value): those of <c>connectionParameters</c>, then
    /// those of each <c>connectionParameterSets.values[].parameters</c> (multiple authentication).
    /// </summary>
    public static IEnumerable<SourceElement> EnumerateConnectionParameters(SourceElement properties)
    {
        var maps = properties.TryGetProperty(ConnectionParameters, out var parameters) ? [parameters] : Enumerable.Empty<SourceElement>();
        if (properties.TryGetProperty(ConnectionParameterSets, out var sets) && sets.TryGetProperty("values", out var values))
        {
            maps = maps.Concat(values.EnumerateItems().Select(set => set.TryGetProperty("parameters", out var map) ? map : default).Where(map => map.Kind == JsonValueKind.Object));
        }

        return maps.SelectMany(map => map.EnumerateProperties());
    }

    /// <summary>The <c>oAuthSettings</c> object of each connection parameter that has one, with the parameter.</summary>
    public static IEnumerable<(SourceElement Parameter, SourceElement Settings)> EnumerateOAuthSettings(SourceElement properties)
    {
        foreach (var parameter in EnumerateConnectionParameters(properties))
        {
            if (parameter.TryGetProperty(OAuthSettings, out var settings) && settings.Kind == JsonValueKind.Object)
            {
                yield return (parameter, settings);
            }
        }
    }

    public static bool IsSameColor(string color, string other) => string.Equals(color, other, StringComparison.OrdinalIgnoreCase);
}
