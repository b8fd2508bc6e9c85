using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7015: an operation's operationId changed.</summary>
internal sealed class OperationIdChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the method and path; {1}: the old operationId; {2}: the new one.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationIdChanged,
        "An operation's operationId changed",
        "The operationId of {0} changed from '{1}' to '{2}', which breaks the flows that call '{1}'; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "The same path and method have a new operationId: flows refer to an operation by its id, so for them the old operation is gone (oasdiff's api-operation-id-changed, an error there too).",
        "OperationIdChanged");

    public OperationIdChangedRule()
        : base((ChangeKind.OperationIdChanged, Rule))
    {
    }
}
