using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7003: a parameter moved to another location.</summary>
internal sealed class ParameterLocationChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the parameter; {1}: the operation; {2}: the old location; {3}: the new one.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ParameterLocationChanged,
        "A parameter moved to another location",
        "Parameter '{0}' of operation '{1}' moved from {2} to {3}, but existing flows keep sending it in {2}; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "A parameter keeps its name but moves between path, query, header and formData: existing flows continue to send it in the old location.",
        "ParameterLocationChanged");

    public ParameterLocationChangedRule()
        : base((ChangeKind.ParameterLocationChanged, Rule))
    {
    }
}
