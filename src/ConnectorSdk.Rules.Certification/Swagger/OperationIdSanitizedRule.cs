using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1052: an operationId is made of letters and digits only, the form the platform sanitizes it to.</summary>
public sealed class OperationIdSanitizedRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the operationId; {2}: the characters that are not letters or digits, quoted.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationIdNotSanitized,
        "Operation ids should contain only letters and digits",
        "Operation {0} has the operationId '{1}', which contains {2}; the platform keeps only the letters and digits of an operationId: write it so",
        DiagnosticSeverity.Warning,
        "The platform sanitizes an operationId to its ASCII letters and digits (OperationIdSanitized): '-', '_', '.' and spaces are dropped, so the id flows and scripts see differs from the one in the swagger, and two ids may become one.",
        mode: AnalysisMode.Recommended,
        name: "OperationIdSanitized");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        // A blank id is PPC1050's.
        if (OperationNodes.TryGetString(context, "operationId"u8, out var id) && !string.IsNullOrWhiteSpace(id)
            && id.Where(character => !char.IsAsciiLetterOrDigit(character)).Distinct().Select(character => character.ToString()).ToArray() is { Length: > 0 } others)
        {
            context.Report(Rule, OperationNodes.Locate(context, "operationId"), OperationNodes.Describe(context.Path), id, ValueLists.Quote(others));
        }
    }
}
