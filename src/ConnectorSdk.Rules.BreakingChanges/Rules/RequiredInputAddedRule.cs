using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7005: a new required input was added.</summary>
internal sealed class RequiredInputAddedRule : BreakingChangeRule
{
    /// <summary>{0}: the parameter; {1}: the operation; {2}: its location.</summary>
    public static readonly DiagnosticDescriptor ParameterAdded = Descriptors.Create(
        RuleIds.RequiredInputAdded,
        "A new required input was added",
        "Operation '{1}' has a new required parameter '{0}' ({2}) that existing flows do not send; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A new parameter or request-body property is required: existing flows do not send it. An internal input with a default is filled by the platform and is not reported; a new optional input breaks nothing.",
        "RequiredInputAdded");

    /// <summary>{0}: the property's path in the body; {1}: the operation.</summary>
    public static readonly DiagnosticDescriptor BodyPropertyAdded = Descriptors.Create(
        RuleIds.RequiredInputAdded,
        "A new required input was added",
        "Operation '{1}' has a new required body property '{0}' that existing flows do not send; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A new parameter or request-body property is required: existing flows do not send it. An internal input with a default is filled by the platform and is not reported; a new optional input breaks nothing.",
        "RequiredInputAdded");

    public RequiredInputAddedRule()
        : base((ChangeKind.RequiredParameterAdded, ParameterAdded), (ChangeKind.RequiredBodyPropertyAdded, BodyPropertyAdded))
    {
    }
}
