using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7016: a parameter was renamed.</summary>
internal sealed class ParameterRenamedRule : BreakingChangeRule
{
    /// <summary>{0}: the old name; {1}: the operation; {2}: the new name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ParameterRenamed,
        "A parameter was renamed",
        "Parameter '{0}' of operation '{1}' was renamed to '{2}', but existing flows keep sending '{0}'; " + Descriptors.Advice,
        DiagnosticSeverity.Error,
        "The only parameter removed from a location and the only one added there: a rename. Existing flows keep sending the old name (openapi-diff and oasdiff see a removal and an addition; both break).",
        "ParameterRenamed");

    public ParameterRenamedRule()
        : base((ChangeKind.ParameterRenamed, Rule))
    {
    }
}
