using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1133: an operation's <c>default</c> response (a shared one through <c>$ref</c> too) has no schema.</summary>
public sealed class DefaultResponseSchemaRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DefaultResponseSchema,
        "The default response must not have a schema",
        "Operation {0} has a 'default' response with a schema; the validator rejects it: put the schema on the success response (200 or 201) and leave 'default' without one",
        DiagnosticSeverity.Error,
        "The swagger validator reports a schema on the 'default' response as an error (DefaultResponseHasSchema: \"The 'default' response should not have schema definition\"), and the certification checklist asks for it: the designer would take the outputs of a response that stands for any status, errors included. It is one of the most frequent fixes in the certified connectors' history.",
        name: "DefaultResponseHasSchema");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(context =>
    {
        foreach (var response in context.Operation.Responses)
        {
            if (response.StatusCode == "default" && response.Element.TryGetProperty("schema", out _))
            {
                context.Report(Rule, ResponseNodes.Locate(response, "schema", atName: true), OperationNodes.Describe(context.Operation));
            }
        }
    });
}
