using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7002: an operation's path template or HTTP method changed.</summary>
internal sealed class OperationPathChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the operationId; {1}: the old method and path; {2}: the new ones.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationPathChanged,
        "An operation's path template or HTTP method changed",
        "Operation '{0}' moved from {1} to {2}, which breaks the flows that call it; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "An operation keeps its operationId but is sent to another path template or with another HTTP method; the service behind the old path and method may no longer answer existing flows. Renaming a path variable alone is not a change of path (the parameter's rename is reported instead).",
        "PathTemplateChanged");

    public OperationPathChangedRule()
        : base((ChangeKind.OperationPathChanged, Rule))
    {
    }
}
