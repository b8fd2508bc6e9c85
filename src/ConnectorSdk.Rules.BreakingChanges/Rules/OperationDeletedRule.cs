using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7001: an operation of the previous version was deleted.</summary>
internal sealed class OperationDeletedRule : BreakingChangeRule
{
    /// <summary>{0}: the operationId (or method and path); {1}: its method and path.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationDeleted,
        "An operation of the previous version was deleted",
        "Operation '{0}' ({1}) was deleted, which breaks the flows that use it; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "Flows call an operation by its operationId; once the operation is gone, every flow that uses it fails. Matched by operationId; an operation whose path and method stay with a new operationId is a rename (PPC7015), not a deletion.",
        "OperationDeleted");

    public OperationDeletedRule()
        : base((ChangeKind.OperationDeleted, Rule))
    {
    }
}
