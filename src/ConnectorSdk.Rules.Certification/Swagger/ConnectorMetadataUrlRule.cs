using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1043: the Website and Privacy policy values are absolute http(s) URLs.</summary>
public sealed class ConnectorMetadataUrlRule : ConnectorAnalyzer
{
    /// <summary>{0}: the item's name; {1}: its value as JSON.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ConnectorMetadataUrl,
        "The Website and Privacy policy metadata must be URLs",
        "The '{0}' item of x-ms-connector-metadata is {1}; expected an absolute http or https URL such as \"https://contoso.com/privacy\"",
        DiagnosticSeverity.Error,
        "Certification publishes the Website and Privacy policy values as links on the connector's page; each must be an absolute web address.",
        ConnectorKinds.Certification);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var name in ConnectorMetadata.UrlNames)
        {
            foreach (var item in ConnectorMetadata.Find(context.Swagger.Root, name))
            {
                // Missing or empty values are PPC1042's finding.
                if (item.TryGetValue(out var value)
                    && value.Kind != JsonValueKind.Null
                    && !(value.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.Value.GetString()))
                    && !(value.Kind == JsonValueKind.String && Urls.IsAbsoluteHttpUrl(value.Value.GetString()!.Trim())))
                {
                    context.Report(Rule, value.Location, item.NameText, JsonValueText.Show(value));
                }
            }
        }
    }
}
