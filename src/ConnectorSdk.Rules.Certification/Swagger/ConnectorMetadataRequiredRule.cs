using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1041: the swagger has a top-level <c>x-ms-connector-metadata</c> array.</summary>
public sealed class ConnectorMetadataRequiredRule : ConnectorAnalyzer
{
    /// <summary>{0}: what is wrong.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ConnectorMetadataMissing,
        "The connector must have x-ms-connector-metadata",
        "{0}; certification requires a top-level 'x-ms-connector-metadata' array with the Website, Privacy policy and Categories items",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "Certification requires the x-ms-connector-metadata extension (\"The 'x-ms-connector-metadata' property is required.\"): it gives the connector's website, privacy policy and categories.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (root.Kind != JsonValueKind.Object)
        {
            return;
        }

        if (!root.TryGetProperty(ConnectorMetadata.Extension, out var metadata))
        {
            // Nothing to point at: the info member (or the document) stands for the connector.
            var location = root.TryGetProperty(ConnectorInfo.Info, out var info) ? info.NameLocation : root.Location;
            context.Report(Rule, location, "The definition has no 'x-ms-connector-metadata'");
        }
        else if (metadata.Kind != JsonValueKind.Array)
        {
            context.Report(Rule, metadata.Location, $"'x-ms-connector-metadata' is {JsonKindNames.Describe(metadata.Kind)}, not an array");
        }
    }
}
