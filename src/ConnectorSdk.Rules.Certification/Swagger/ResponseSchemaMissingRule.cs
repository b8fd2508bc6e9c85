using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1135: an operation whose success is 200 or 201 describes what it returns there, so that the designer shows
/// outputs. Left out: operations with a schema on one of the two, internal operations, and webhook registrations
/// (whose outputs are the <c>x-ms-notification-content</c> of the operation or its path item).
/// </summary>
public sealed class ResponseSchemaMissingRule : ConnectorAnalyzer
{
    /// <summary>{0}: the status code; {1}: the operation.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ResponseSchemaMissing,
        "Put the response schema on the 200 or 201 response",
        "The {0} response of operation {1} has no schema, so the action shows no outputs; add the schema of what it returns (or leave it out if the response has no body)",
        DiagnosticSeverity.Warning,
        "The designers show an action's outputs from the schema of its 200 or 201 response (or a webhook's x-ms-notification-content); the swagger validator warns when the schema is not there (SchemaDefinitionSetIncorrectly). Many operations rightly return no body, so this is a warning.",
        mode: AnalysisMode.Recommended,
        name: "SchemaDefinitionSetIncorrectly");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (Visibility.IsInternal(operation.Element.Value) || Webhooks.TryGetContent(operation, out _))
        {
            return;
        }

        var outputs = ResponseNodes.Of(operation).Where(response => ResponseNodes.OutputStatuses.Contains(response.StatusCode)).ToList();
        if (outputs.Count > 0 && !outputs.Any(ResponseNodes.HasSchema))
        {
            foreach (var response in outputs)
            {
                context.Report(Rule, response.Declaration.NameLocation, response.StatusCode, OperationNodes.Describe(operation));
            }
        }
    }
}
