using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1131: an operation with responses has a successful (2xx) one; <c>default</c> alone is not enough.</summary>
public sealed class SuccessResponseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the response keys it has.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SuccessResponseMissing,
        "Operations should have a successful (2xx) response",
        "Operation {0} has no successful response, only {1}; declare the 2xx response it returns on success (200, 201, 202 or 204), with its schema",
        DiagnosticSeverity.Warning,
        "The swagger validator warns about an operation without a 2xx response (OperationShouldHaveSuccessfulResponse), and the coding standards say not to use 'default' as the only response: the designer takes the action's outputs from the success response, and certification reviewers ask for it. Many older connectors have operations without one, so this is a warning.",
        mode: AnalysisMode.Recommended,
        name: "OperationShouldHaveSuccessfulResponse");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!ResponseNodes.TryGetResponses(context, out var responses))
        {
            return;
        }

        var keys = ResponseNodes.Entries(responses).Select(member => member.Name).ToList();
        if (keys.Count > 0 && !keys.Any(ResponseNodes.IsSuccess) && context.Node.TryGetProperty("responses", out var located))
        {
            context.Report(Rule, located.NameLocation, OperationNodes.Describe(context.Path), ValueLists.Quote(keys));
        }
    }
}
