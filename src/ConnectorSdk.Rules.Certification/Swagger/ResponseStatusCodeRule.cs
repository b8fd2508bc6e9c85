using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1132: every key of an operation's <c>responses</c> is an HTTP status code (three digits, 100 to 599) or
/// <c>default</c>; extensions (<c>x-...</c>) aside. The names of the document's shared <c>responses</c> are free.
/// </summary>
public sealed class ResponseStatusCodeRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the key. Reported at the key.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ResponseKeyNotStatusCode,
        "Response keys must be HTTP status codes or default",
        "Operation {0} has a response keyed '{1}'; a response key is an HTTP status code from 100 to 599 (\"200\", \"404\") or \"default\"",
        DiagnosticSeverity.Error,
        "The swagger validator rejects a response whose key is neither an HTTP status code nor 'default' (ResponseMustBeDefaultOrHttpStatusCode): the platform matches the status of each reply with these keys. OpenAPI 2.0 allows no ranges such as 2XX.",
        name: "ResponseMustBeDefaultOrHttpStatusCode");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!ResponseNodes.TryGetResponses(context, out var responses))
        {
            return;
        }

        foreach (var response in ResponseNodes.Entries(responses))
        {
            if (response.Name != "default" && !ResponseNodes.IsStatusCode(response.Name) && context.Node.TryGetProperty("responses", out var located))
            {
                context.Report(Rule, located.Member(response).NameLocation, OperationNodes.Describe(context.Path), response.Name);
            }
        }
    }
}
