using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1130: every operation declares at least one response. A missing <c>responses</c> is reported here rather than
/// by PPC1002, so that the defect has one finding; a <c>responses</c> of another JSON type stays PPC1002's.
/// </summary>
public sealed class ResponseRequiredRule : ConnectorAnalyzer
{
    private const string Title = "Every operation must have a response";

    private const string Description = "The swagger validator rejects an operation without responses (OperationMustHaveResponse), and OpenAPI 2.0 requires 'responses' on every operation: the platform reads the action's outputs and its success status from them.";

    private const string Advice = "declare at least the response the operation returns on success, e.g. \"200\": {{ \"description\": \"OK\", \"schema\": {{ ... }} }}";

    /// <summary>{0}: the operation. Reported on the verb.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Operation {{0}} has no 'responses'; {Advice}");

    /// <summary>{0}: the operation. Reported on <c>responses</c>.</summary>
    public static readonly DiagnosticDescriptor Empty = Create($"Operation {{0}} has an empty 'responses'; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, Empty];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ResponseMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "OperationMustHaveResponse");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (context.Value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (!context.Value.TryGetProperty("responses"u8, out var responses))
        {
            context.Report(Missing, context.Node.NameLocation, OperationNodes.Describe(context.Path));
        }
        else if (responses.ValueKind == JsonValueKind.Object && !ResponseNodes.Entries(responses).Any())
        {
            context.Report(Empty, OperationNodes.Locate(context, "responses"), OperationNodes.Describe(context.Path));
        }
    }
}
