using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7009: an input gained a list of values.</summary>
internal sealed class InputEnumAddedRule : BreakingChangeRule
{
    /// <summary>{0}: the input; {1}: the operation; {2}: the values now accepted.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.InputEnumAdded,
        "An input gained a list of values",
        "Input '{0}' of operation '{1}' now accepts only {2}, but existing flows may send other values; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "An input that accepted any value now has an enum list: existing flows may send values outside of it.",
        "InputEnumAdded");

    public InputEnumAddedRule()
        : base((ChangeKind.InputEnumAdded, Rule))
    {
    }
}
