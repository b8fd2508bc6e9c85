using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;
using static ConnectorSdk.Rules.Certification.Swagger.SwaggerLimits;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1053: an operationId is no longer than a threshold. The validator's limit is not published; the default is
/// <see cref="DefaultMaxOperationIdLength"/>, and <c>connectorsdk.max_operation_id_length</c> changes it.
/// </summary>
public sealed class OperationIdLengthRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operationId; {1}: its length; {2}: the maximum.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationIdTooLong,
        "Operation ids should not be too long",
        $"OperationId '{{0}}' has {{1}} characters; keep it to at most {{2}} (set with {MaxOperationIdLengthKey})",
        DiagnosticSeverity.Warning,
        $"The validator warns about an operationId longer than a limit it does not publish (OperationIdTooLong). The default here is {DefaultMaxOperationIdLength} characters; {MaxOperationIdLengthKey} changes it.",
        mode: AnalysisMode.Recommended,
        name: "OperationIdTooLong");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (OperationNodes.TryGetString(context, "operationId"u8, out var id)
            && ReadPositive(context, context.Swagger.Root.File, MaxOperationIdLengthKey, DefaultMaxOperationIdLength) is var maximum && id.Length > maximum)
        {
            context.Report(Rule, OperationNodes.Locate(context, "operationId"), id, id.Length, maximum);
        }
    }
}
