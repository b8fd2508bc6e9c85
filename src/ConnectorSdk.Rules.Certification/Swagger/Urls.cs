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
}
