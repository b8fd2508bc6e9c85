using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1136: at most one response of an operation (shared ones through <c>$ref</c> too) carries a schema. The
/// <c>default</c> response is not counted: a schema there is PPC1133's error.
/// </summary>
public sealed class ResponseSchemaCountRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the status codes whose responses have a schema. Reported at <c>responses</c>.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ManyResponseSchemas,
        "Only one response should have a schema",
        "Operation {0} has a schema on the responses {1}; the designer shows the outputs of one: keep the schema of the success response and describe the others in words",
        DiagnosticSeverity.Warning,
        "The swagger validator warns when several responses of an operation have a schema (OperationHasManyResponsesWithSchema): the designers build the action's outputs from one response, so the schemas of the others are never used. Many certified connectors describe their error bodies this way, so this is a warning.",
        mode: AnalysisMode.Recommended,
        name: "OperationHasManyResponsesWithSchema");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(context =>
    {
        var withSchema = ResponseNodes.Of(context.Operation)
            .Where(response => response.StatusCode != "default" && response.Element.TryGetProperty("schema", out _))
            .Select(response => response.StatusCode)
            .ToList();
        if (withSchema.Count > 1 && context.Operation.Element.TryGetProperty("responses", out var responses))
        {
            context.Report(Rule, responses.NameLocation, OperationNodes.Describe(context.Operation), ValueLists.Quote(withSchema));
        }
    });
}
