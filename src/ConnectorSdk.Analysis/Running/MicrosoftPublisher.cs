using System.Text.Json;

namespace ConnectorSdk.Analysis.Running;

/// <summary>
/// Whether Microsoft publishes the connector itself: certified-connectors/ also holds Microsoft's own connectors,
/// which are not held to the verified-publisher submission rules (<see cref="Connector.IsMicrosoftPublished"/>).
/// apiProperties' <c>publisher</c> decides when it is given; without one, a host Microsoft owns does.
/// <c>connectorsdk.microsoft_published = true|false</c> overrides the detection.
/// </summary>
internal static class MicrosoftPublisher
{
    /// <summary>The configuration key that overrides the detection.</summary>
    public const string OverrideKey = "connectorsdk.microsoft_published";

    private static readonly string[] Publishers = ["Microsoft", "Microsoft Corporation"];

    /// <summary>
    /// Domains only Microsoft serves from, with their subdomains. Not azurewebsites.net, azure-api.net or azure.com:
    /// third parties rent hosts there.
    /// </summary>
    private static readonly string[] Domains = ["microsoft.com", "office.com", "office365.com", "cloudappsecurity.com"];

    public static bool Detect(SourceElement? apiProperties, SourceElement? swaggerRoot)
        => Publisher(apiProperties) is { } publisher
            ? Publishers.Contains(publisher, StringComparer.OrdinalIgnoreCase)
            : Host(swaggerRoot) is { } host && IsMicrosoftHost(host);

    /// <summary>The override's value: null when it is not a boolean (PPC0008, see <see cref="Configuration.ConfigValidator"/>).</summary>
    public static bool? ParseOverride(string value) => bool.TryParse(value.Trim(), out var published) ? published : null;

    public static bool IsMicrosoftHost(string host)
    {
        var name = host.Split(':')[0].TrimEnd('.');
        foreach (var domain in Domains)
        {
            if (name.Equals(domain, StringComparison.OrdinalIgnoreCase)
                || (name.EndsWith(domain, StringComparison.OrdinalIgnoreCase) && name[^(domain.Length + 1)] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>apiProperties' <c>properties.publisher</c> when it is a non-blank string.</summary>
    private static string? Publisher(SourceElement? apiProperties)
        => apiProperties is { } root && root.TryGetProperty("properties", out var properties) && properties.GetString("publisher") is { } publisher && !string.IsNullOrWhiteSpace(publisher)
            ? publisher.Trim()
            : null;

    private static string? Host(SourceElement? swaggerRoot)
        => swaggerRoot is { Kind: JsonValueKind.Object } root ? root.GetString("host") : null;
}
