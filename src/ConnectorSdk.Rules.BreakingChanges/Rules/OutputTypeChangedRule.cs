using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7007: an output field changed type.</summary>
internal sealed class OutputTypeChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the field; {1}: the operation; {2}: the old type; {3}: the new one.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OutputTypeChanged,
        "An output field changed type",
        "Output field '{0}' of operation '{1}' changed type from {2} to {3}, which may break the flows that use it; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A field of a success response has another type (or another format, when both versions give one): flows that use it may break once the payload changes.",
        "OutputFieldTypeChanged");

    public OutputTypeChangedRule()
        : base((ChangeKind.OutputTypeChanged, Rule))
    {
    }
}
