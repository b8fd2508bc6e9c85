using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1141: an operation with responses lists at least one 4xx or 5xx response. <c>default</c> does not count: it names
/// no status. A suggestion, in mode All.
/// </summary>
public sealed class ErrorResponsesRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation. Reported at <c>responses</c>.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ErrorResponsesMissing,
        "List the known 4xx and 5xx responses",
        "Operation {0} lists no 4xx or 5xx response; declare the errors the API is known to return (e.g. \"400\", \"404\", \"429\"), each with a description that says what went wrong",
        DiagnosticSeverity.Info,
        "The coding standards ask connectors to list the known 4xx and 5xx responses where possible, so that users can tell the failures of an action apart. Most published connectors do not, and the validator does not ask for it: a suggestion in mode All.",
        mode: AnalysisMode.All);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (ResponseNodes.TryGetResponses(context, out var responses) && ResponseNodes.Entries(responses).Any() && !ResponseNodes.Entries(responses).Any(response => ResponseNodes.IsError(response.Name))
            && context.Node.TryGetProperty("responses", out var located))
        {
            context.Report(Rule, located.NameLocation, OperationNodes.Describe(context.Path));
        }
    }
}
