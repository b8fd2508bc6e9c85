using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7008: an output field lost its list of values.</summary>
internal sealed class OutputEnumRemovedRule : BreakingChangeRule
{
    /// <summary>{0}: the field; {1}: the operation; {2}: the values it had.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OutputEnumRemoved,
        "An output field lost its list of values",
        "Output field '{0}' of operation '{1}' no longer lists its values ({2}), so flows built on them may meet others; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A field of a success response had an enum list and has none now: flows built on its values (conditions, switches) may meet others.",
        "OutputEnumRemoved");

    public OutputEnumRemovedRule()
        : base((ChangeKind.OutputEnumRemoved, Rule))
    {
    }
}
