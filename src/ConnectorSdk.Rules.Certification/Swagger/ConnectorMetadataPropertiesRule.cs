using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1042: <c>x-ms-connector-metadata</c> has Website, Privacy policy and Categories items, each with a value.</summary>
internal sealed class ConnectorMetadataPropertiesRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-connector-metadata must give Website, Privacy policy and Categories";

    private const string Description = "The validator rejects connector metadata without the Website, Privacy policy and Categories items (ConnectorMetadataPropertiesMissing). The platform reads the keys propertyName and propertyValue in any letter case (PPC1046 asks for the documented one). Microsoft's own connectors are not held to the metadata.";

    private const string Name = "ConnectorMetadataPropertiesMissing";

    private const string Advice = "certification requires the items 'Website', 'Privacy policy' and 'Categories', each with a 'propertyValue'";

    /// <summary>{0}: the item's name.</summary>
    public static readonly DiagnosticDescriptor ItemMissing = Create($"'x-ms-connector-metadata' has no item with propertyName '{{0}}'; {Advice}");

    /// <summary>{0}: the item's name as written.</summary>
    public static readonly DiagnosticDescriptor ValueMissing = Create($"The '{{0}}' item has no 'propertyValue'; {Advice}");

    /// <summary>{0}: the item's name as written.</summary>
    public static readonly DiagnosticDescriptor ValueEmpty = Create($"The '{{0}}' item's propertyValue is empty; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ItemMissing, ValueMissing, ValueEmpty];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!ConnectorMetadata.TryGetArray(context, out var metadata))
        {
            return;
        }

        foreach (var name in ConnectorMetadata.RequiredNames)
        {
            var items = ConnectorMetadata.Find(context, name).ToList();
            if (items.Count == 0)
            {
                context.Report(ItemMissing, metadata.NameLocation, name);
                continue;
            }

            foreach (var item in items)
            {
                if (!item.TryGetValue(out var value))
                {
                    context.Report(ValueMissing, item.Name.Location, item.NameText);
                }
                else if (value.Kind == JsonValueKind.Null || (value.Kind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.Value.GetString())))
                {
                    context.Report(ValueEmpty, value.Location, item.NameText);
                }
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ConnectorMetadataPropertyMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, ConnectorKinds.Certification, name: Name);
}
