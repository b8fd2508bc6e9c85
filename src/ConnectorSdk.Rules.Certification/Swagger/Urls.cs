namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>What the rules accept as a web address: an absolute http or https URL with a host.</summary>
internal static class Urls
{
    public static bool IsAbsoluteHttpUrl(string value)
        => value.Length > 0
            && !value.Any(char.IsWhiteSpace)
            && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;

    /// <summary>
    /// For a value that is not an absolute http(s) URL, what keeps it from being one when it is a web address
    /// written loosely (<c>contoso.com/privacy</c>, a space in the path); null when it is no web address at all.
    /// </summary>
    public static UrlFlaw? FlawOf(string value)
    {
        // A scheme is letters before a ':' that comes before any '/' and is not a port's ("contoso.com:8080").
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash) && !(colon + 1 < value.Length && char.IsAsciiDigit(value[colon + 1]));
        var candidate = (hasScheme ? "" : "https://") + string.Join("%20", value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!IsAbsoluteHttpUrl(candidate) || !new Uri(candidate).Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return !hasScheme ? UrlFlaw.NoScheme : UrlFlaw.WhiteSpace;
    }
}

/// <summary>How a web address is written loosely.</summary>
internal enum UrlFlaw
{
    /// <summary>No <c>https://</c> in front.</summary>
    NoScheme,

    /// <summary>Unencoded white space inside.</summary>
    WhiteSpace,
}
