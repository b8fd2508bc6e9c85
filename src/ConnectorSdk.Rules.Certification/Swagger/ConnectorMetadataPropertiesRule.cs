using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1042: <c>x-ms-connector-metadata</c> has Website, Privacy policy and Categories items, each with a value.</summary>
public sealed class ConnectorMetadataPropertiesRule : ConnectorAnalyzer
{
    /// <summary>{0}: what is missing.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ConnectorMetadataPropertyMissing,
        "x-ms-connector-metadata must give Website, Privacy policy and Categories",
        "{0}; certification requires the items 'Website', 'Privacy policy' and 'Categories', each with a 'propertyValue'",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "The validator rejects connector metadata without the Website, Privacy policy and Categories items (ConnectorMetadataPropertiesMissing).",
        name: "ConnectorMetadataPropertiesMissing");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (!ConnectorMetadata.TryGetArray(root, out var metadata))
        {
            return;
        }

        foreach (var name in ConnectorMetadata.RequiredNames)
        {
            var items = ConnectorMetadata.Find(root, name).ToList();
            if (items.Count == 0)
            {
                context.Report(Rule, metadata.NameLocation, $"'x-ms-connector-metadata' has no item with propertyName '{name}'");
                continue;
            }

            foreach (var item in items)
            {
                if (!item.TryGetValue(out var value))
                {
                    context.Report(Rule, item.Name.Location, $"The '{item.NameText}' item has no 'propertyValue'");
                }
                else if (value.Kind == JsonValueKind.Null || (value.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.Value.GetString())))
                {
                    context.Report(Rule, value.Location, $"The '{item.NameText}' item's propertyValue is empty");
                }
            }
        }
    }
}
