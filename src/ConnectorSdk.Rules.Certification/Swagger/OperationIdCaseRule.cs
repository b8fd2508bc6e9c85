using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1054: an operationId is PascalCase: it starts with an upper-case letter. Ids with other characters than letters
/// and digits are PPC1052's; this rule looks only at the first letter of the others.
/// </summary>
public sealed class OperationIdCaseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operationId; {1}: the same id in PascalCase.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationIdCase,
        "Operation ids should be PascalCase",
        "OperationId '{0}' starts with a lower-case letter; the coding standards write operationIds in PascalCase, such as '{1}'",
        DiagnosticSeverity.Info,
        "Microsoft's coding standards for connectors write operationIds in PascalCase (GetItems); the string guidance calls the same form camel case. Flows and scripts see the id, so a consistent form reads better. A suggestion: the two sources disagree on the name, and the platform accepts both.",
        mode: AnalysisMode.All);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (OperationNodes.TryGetString(context, "operationId"u8, out var id)
            && id.Length > 0 && char.IsAsciiLetterLower(id[0]) && id.All(char.IsAsciiLetterOrDigit))
        {
            context.Report(Rule, OperationNodes.Locate(context, "operationId"), id, char.ToUpperInvariant(id[0]) + id[1..]);
        }
    }
}
