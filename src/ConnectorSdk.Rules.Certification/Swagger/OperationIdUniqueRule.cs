using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1051: operationIds are unique. They are compared ignoring letter case (a choice: the validator's
/// documentation is silent): ids that differ only in case name the same action for people and for any
/// case-insensitive consumer, and no connector of the corpora relies on such a pair.
/// </summary>
internal sealed class OperationIdUniqueRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operationId; {1}: its operation; {2}: the first operationId it duplicates; {3}: that one's operation.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationIdDuplicate,
        title: "Operation ids must be unique",
        messageFormat: "OperationId '{0}' of {1} duplicates '{2}' of {3}; operationIds must be unique, ignoring letter case",
        DiagnosticSeverity.Error,
        description: "Each operation is identified by its operationId, compared without regard to letter case; two operations with the same operationId make the definition ambiguous and are rejected.",
        name: "OperationIdNotUnique");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var first = new Dictionary<string, SwaggerOperation>(StringComparer.OrdinalIgnoreCase);
        foreach (var operation in context.Swagger.Operations)
        {
            if (operation.OperationId is not { } id || !operation.Element.TryGetProperty("operationId", out var idElement))
            {
                continue;
            }

            if (!first.TryAdd(id, operation))
            {
                var original = first[id];
                context.Report(Rule, idElement.Location, id, operation.ToString(), original.OperationId, original.ToString());
            }
        }
    }
}
