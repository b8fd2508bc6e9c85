using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7019: an operation or input became internal.</summary>
internal sealed class MadeInternalRule : BreakingChangeRule
{
    /// <summary>{0}: the operation; {1}: its previous visibility.</summary>
    public static readonly DiagnosticDescriptor Operation = Descriptors.Create(
        RuleIds.MadeInternal,
        "An operation or input became internal",
        "Operation '{0}' is now internal (x-ms-visibility was {1}), so flows that use it can no longer be edited; " + Descriptors.Advice,
        DiagnosticSeverity.Warning,
        "x-ms-visibility became internal: the operation or input disappears from the designer, so flows that use it can no longer be edited as they were built. Potentially breaking.",
        "MadeInternal");

    /// <summary>{0}: the input; {1}: the operation; {2}: its previous visibility.</summary>
    public static readonly DiagnosticDescriptor Input = Descriptors.Create(
        RuleIds.MadeInternal,
        "An operation or input became internal",
        "Input '{0}' of operation '{1}' is now internal (x-ms-visibility was {2}), so flows that set it can no longer show or change it; " + Descriptors.Advice,
        DiagnosticSeverity.Warning,
        "x-ms-visibility became internal: the operation or input disappears from the designer, so flows that use it can no longer be edited as they were built. Potentially breaking.",
        "MadeInternal");

    public MadeInternalRule()
        : base((ChangeKind.OperationMadeInternal, Operation), (ChangeKind.InputMadeInternal, Input))
    {
    }
}
