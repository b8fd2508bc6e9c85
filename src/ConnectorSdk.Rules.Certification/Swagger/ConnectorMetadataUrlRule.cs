using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1043: the Website and Privacy policy values are web addresses. A web address written loosely (no scheme,
/// a space) is PPC1185's warning; this error is for a value that is no web address at all.
/// </summary>
internal sealed class ConnectorMetadataUrlRule : ConnectorAnalyzer
{
    /// <summary>{0}: the item's name; {1}: its value as JSON.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ConnectorMetadataUrl,
        "The Website and Privacy policy metadata must be URLs",
        "The '{0}' item of x-ms-connector-metadata is {1}, which is not a web address; give the absolute http or https URL of the page",
        DiagnosticSeverity.Error,
        "Certification publishes the Website and Privacy policy values as links on the connector's page; each must be a web address. Microsoft's own connectors are not held to the metadata.",
        ConnectorKinds.Certification);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var (item, value, text) in UrlValues(context))
        {
            if (text is null || (!Urls.IsAbsoluteHttpUrl(text) && Urls.FlawOf(text) is null))
            {
                context.Report(Rule, value.Location, item.NameText, JsonValueText.Show(value));
            }
        }
    }

    /// <summary>
    /// The values of the Website and Privacy policy items, with their trimmed text when they are strings. Missing or
    /// empty values are PPC1042's finding.
    /// </summary>
    internal static IEnumerable<(ConnectorMetadata.Item Item, SourceElement Value, string? Text)> UrlValues(SwaggerContext context)
    {
        foreach (var name in ConnectorMetadata.UrlNames)
        {
            foreach (var item in ConnectorMetadata.Find(context, name))
            {
                if (item.TryGetValue(out var value) && value.Kind != JsonValueKind.Null)
                {
                    var text = value.Kind == JsonValueKind.String ? value.Value.GetString()!.Trim() : null;
                    if (text is not "")
                    {
                        yield return (item, value, text);
                    }
                }
            }
        }
    }
}
