using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7004: an input was removed.</summary>
internal sealed class InputRemovedRule : BreakingChangeRule
{
    /// <summary>{0}: the parameter; {1}: the operation; {2}: its location.</summary>
    public static readonly DiagnosticDescriptor ParameterRemoved = Descriptors.Create(
        RuleIds.InputRemoved,
        "An input was removed",
        "Parameter '{0}' ({2}) of operation '{1}' was removed, but existing flows still send it; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A parameter, or a property of the request body, of the previous version is gone: existing flows still send it, and what it did is no longer done. A parameter whose only change is its name is PPC7016.",
        "InputRemoved");

    /// <summary>{0}: the property's path in the body; {1}: the operation.</summary>
    public static readonly DiagnosticDescriptor BodyPropertyRemoved = Descriptors.Create(
        RuleIds.InputRemoved,
        "An input was removed",
        "Body property '{0}' of operation '{1}' was removed, but existing flows still send it; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A parameter, or a property of the request body, of the previous version is gone: existing flows still send it, and what it did is no longer done. A parameter whose only change is its name is PPC7016.",
        "InputRemoved");

    public InputRemovedRule()
        : base((ChangeKind.ParameterRemoved, ParameterRemoved), (ChangeKind.BodyPropertyRemoved, BodyPropertyRemoved))
    {
    }
}
