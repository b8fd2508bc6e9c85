using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1079: <c>x-ms-api-annotation.replacement</c>, which points users of a deprecated operation to its successor,
/// sits only on a deprecated operation and names both the <c>api</c> and the <c>operationId</c>.
/// </summary>
public sealed class ReplacementAnnotationRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-api-annotation replacement belongs on deprecated operations and names an api and an operationId";

    private const string Description = "An operation's x-ms-api-annotation.replacement tells the designers which operation replaces a deprecated one: the validator accepts it only on an operation marked \"deprecated\": true, as an object with a non-empty 'api' (the connector) and 'operationId' (ApiAnnotationExtensionReplacementInfo*).";

    /// <summary>{0}: the operation. On the replacement.</summary>
    public static readonly DiagnosticDescriptor NotDeprecated = Create("Operation {0} names a replacement but is not \"deprecated\": true; only a deprecated operation has a replacement");

    /// <summary>{0}: the operation; {1}: the replacement's JSON type. On the replacement.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create("Operation {0} x-ms-api-annotation.replacement is {1}; expected an object with 'api' and 'operationId'");

    /// <summary>{0}: the operation; {1}: the missing member ('api' or 'operationId'). On the replacement.</summary>
    public static readonly DiagnosticDescriptor MemberMissing = Create("Operation {0} x-ms-api-annotation.replacement has no non-empty string {1}; a replacement names both 'api' and 'operationId'");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotDeprecated, NotObject, MemberMissing];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (!ApiAnnotations.TryGet(operation, out var annotation) || !annotation.TryGetProperty("replacement", out var replacement))
        {
            return;
        }

        var name = OperationNodes.Describe(operation);
        if (!ApiAnnotations.IsDeprecated(operation))
        {
            context.Report(NotDeprecated, replacement.Location, name);
        }

        if (replacement.Kind != JsonValueKind.Object)
        {
            context.Report(NotObject, replacement.Location, name, JsonKindNames.Describe(replacement.Kind));
            return;
        }

        foreach (var member in new[] { "api", "operationId" })
        {
            if (string.IsNullOrWhiteSpace(replacement.GetString(member)))
            {
                context.Report(MemberMissing, replacement.Location, name, $"'{member}'");
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ReplacementAnnotationInvalid, Title, messageFormat, DiagnosticSeverity.Error, Description);
}
