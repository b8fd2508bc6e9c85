using System.Globalization;
using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1083 (the warning half of the PPC1078 row): an operation with revision 2 or more of a family has an operationId
/// ending with that revision, <c>V2</c>, as operational versioning names the versions of an action.
/// </summary>
public sealed class RevisionSuffixRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operationId; {1}: the revision; {2}: the family.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.RevisionSuffixMissing,
        "Operation ids should end with their revision",
        "OperationId '{0}' has revision {1} of family '{2}' but does not end with 'V{1}'; name the versions of an action as '{2}V{1}'",
        DiagnosticSeverity.Warning,
        "Operational versioning names each new version of an action after its family and revision (GetItemsV2 for revision 2 of the family GetItems); the validator warns about an operationId that does not end with its revision (OperationIdShouldEndWithRevision).",
        mode: AnalysisMode.Recommended,
        name: "OperationIdShouldEndWithRevision");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (ApiAnnotations.TryGetFamily(operation, out var annotation, out var family)
            && annotation.TryGetProperty("revision", out var revision) && revision.Kind == JsonValueKind.Number
            && revision.Value.TryGetInt32(out var number) && number >= 2
            && operation.OperationId is { Length: > 0 } id
            && !id.EndsWith("V" + number.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)
            && operation.Element.TryGetProperty("operationId", out var located))
        {
            context.Report(Rule, located.Location, id, number, family);
        }
    }
}
