using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7010: an input changed type.</summary>
internal sealed class InputTypeChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the input; {1}: the operation; {2}: the old type; {3}: the new one.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.InputTypeChanged,
        "An input changed type",
        "Input '{0}' of operation '{1}' changed type from {2} to {3}, but existing flows send the old type; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A parameter or request-body property has another type (or another format, when both versions give one): existing flows send values of the old type.",
        "InputTypeChanged");

    public InputTypeChangedRule()
        : base((ChangeKind.InputTypeChanged, Rule))
    {
    }
}
