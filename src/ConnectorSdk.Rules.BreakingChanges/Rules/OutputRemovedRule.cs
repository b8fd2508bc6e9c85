using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7006: an output field was removed.</summary>
internal sealed class OutputRemovedRule : BreakingChangeRule
{
    /// <summary>{0}: the field's path in the response body; {1}: the operation.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OutputRemoved,
        "An output field was removed",
        "Output field '{0}' of operation '{1}' was removed, which breaks the flows that use it; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A field of a success response of the previous version is gone: flows that use it as dynamic content break once the payload changes. Fields marked internal and responses described by x-ms-dynamic-schema are left out.",
        "OutputFieldDeleted");

    public OutputRemovedRule()
        : base((ChangeKind.OutputRemoved, Rule))
    {
    }
}
