using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7020: an operation's x-ms-trigger changed.</summary>
internal sealed class TriggerChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the operation; {1}: the old x-ms-trigger (none for an action); {2}: the new one.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TriggerChanged,
        "An operation's x-ms-trigger changed",
        "x-ms-trigger of operation '{0}' changed from {1} to {2}, which breaks the flows built on it; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "An action became a trigger, a trigger an action, or a trigger changed between single and batch: flows built on the operation break.",
        "TriggerChanged");

    public TriggerChangedRule()
        : base((ChangeKind.TriggerChanged, Rule))
    {
    }
}
