using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1069: every operation declares <c>x-ms-visibility</c>, as the certification checklist asks. Its values are checked by PPC1104.</summary>
public sealed class OperationVisibilityRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation. Reported on the verb.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationVisibilityMissing,
        "Operations should declare x-ms-visibility",
        "Operation {0} has no x-ms-visibility; the certification checklist asks every operation to say how the designers show it: \"important\", \"advanced\" or \"internal\" (\"none\" for the default)",
        DiagnosticSeverity.Warning,
        "The certification checklist asks that no operation is missing its visibility: x-ms-visibility says whether the designers show an action first (important), behind a \"more\" link (advanced), not at all (internal), or normally (none). Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        // A verified-publisher submission rule: Microsoft's own connectors are not held to it.
        if (context.Connector.IsMicrosoftPublished)
        {
            return;
        }

        if (context.Value.ValueKind == JsonValueKind.Object && !context.Value.TryGetProperty("x-ms-visibility"u8, out _))
        {
            context.Report(Rule, context.Node.NameLocation, OperationNodes.Describe(context.Path));
        }
    }
}
