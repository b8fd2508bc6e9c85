using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1041: the swagger has a top-level <c>x-ms-connector-metadata</c> array.</summary>
internal sealed class ConnectorMetadataRequiredRule : ConnectorAnalyzer
{
    private const string Title = "The connector must have x-ms-connector-metadata";

    private const string Description = "Certification requires the x-ms-connector-metadata extension (\"The 'x-ms-connector-metadata' property is required.\"): it gives the connector's website, privacy policy and categories. Microsoft's own connectors are not held to it.";

    private const string Advice = "certification requires a top-level 'x-ms-connector-metadata' array with the Website, Privacy policy and Categories items";

    /// <summary>Reported on <c>info</c>'s name, or the document when it has no <c>info</c>.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"The definition has no 'x-ms-connector-metadata'; {Advice}");

    /// <summary>{0}: the extension's JSON type.</summary>
    public static readonly DiagnosticDescriptor NotArray = Create($"'x-ms-connector-metadata' is {{0}}, not an array; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotArray];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (root.Kind != JsonValueKind.Object || context.Connector.IsMicrosoftPublished)
        {
            return;
        }

        if (!root.TryGetProperty(ConnectorMetadata.Extension, out var metadata))
        {
            // Nothing to point at: the info member (or the document) stands for the connector.
            var location = root.TryGetProperty(ConnectorInfo.Info, out var info) ? info.NameLocation : root.Location;
            context.Report(Missing, location);
        }
        else if (metadata.Kind != JsonValueKind.Array)
        {
            context.Report(NotArray, metadata.Location, JsonKindNames.Describe(metadata.Kind));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ConnectorMetadataMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, ConnectorKinds.Certification);
}
