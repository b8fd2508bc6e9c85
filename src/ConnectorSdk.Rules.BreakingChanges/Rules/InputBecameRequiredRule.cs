using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7017: an optional input became required.</summary>
internal sealed class InputBecameRequiredRule : BreakingChangeRule
{
    /// <summary>{0}: the input; {1}: the operation.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.InputBecameRequired,
        "An optional input became required",
        "Input '{0}' of operation '{1}' is now required, but existing flows may leave it out; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A parameter or request-body property that was optional is now required: existing flows that leave it out fail (oasdiff's request-parameter-became-required and request-property-became-required).",
        "InputBecameRequired");

    public InputBecameRequiredRule()
        : base((ChangeKind.InputBecameRequired, Rule))
    {
    }
}
