using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>The names apiProperties.json gives the connector's publisher and its service's owner (PPC2005, PPC2006, PPC2025).</summary>
internal static class PublisherNames
{
    /// <summary>
    /// Reports <paramref name="missing"/> on <c>properties</c> when it has no <paramref name="member"/>, and
    /// <paramref name="notAName"/> ({0}: the value as JSON) on a value that is not a name. A certification submission
    /// check: Microsoft's own connectors are not held to it.
    /// </summary>
    public static void Require(ApiPropertiesContext context, string member, DiagnosticDescriptor missing, DiagnosticDescriptor notAName)
    {
        if (context.Connector.IsMicrosoftPublished || !ApiPropertiesElements.TryGetProperties(context.Root, out var properties))
        {
            return;
        }

        if (!properties.TryGetProperty(member, out var value))
        {
            context.Report(missing, properties.NameLocation);
        }
        else if (value.Kind != JsonValueKind.String || !value.Value.GetString()!.Any(char.IsLetterOrDigit))
        {
            context.Report(notAName, value.Location, JsonValueText.Show(value));
        }
    }
}
