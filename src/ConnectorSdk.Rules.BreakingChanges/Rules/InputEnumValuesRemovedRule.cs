using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7018: an input no longer accepts some of its values.</summary>
internal sealed class InputEnumValuesRemovedRule : BreakingChangeRule
{
    /// <summary>{0}: the input; {1}: the operation; {2}: the values removed.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.InputEnumValuesRemoved,
        "An input no longer accepts some of its values",
        "Input '{0}' of operation '{1}' no longer accepts {2}, but existing flows may send them; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "Values were removed from an input's enum list: existing flows may send them (oasdiff's request-parameter-enum-value-removed).",
        "InputEnumValuesRemoved");

    public InputEnumValuesRemovedRule()
        : base((ChangeKind.InputEnumValuesRemoved, Rule))
    {
    }
}
