using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7021: a dynamic list or schema calls another operation.</summary>
internal sealed class DynamicSourceChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the extension; {1}: the input or output; {2}: the operation; {3}: the old operationId; {4}: the new one.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DynamicSourceChanged,
        "A dynamic list or schema calls another operation",
        "{0} of '{1}' in operation '{2}' now calls '{4}' instead of '{3}', so existing flows may meet other values or fields; " + Descriptors.Advice,
        DiagnosticSeverity.Warning,
        "x-ms-dynamic-values, x-ms-dynamic-list, x-ms-dynamic-schema, x-ms-dynamic-properties or x-ms-dynamic-tree names another operation (or none): the values and fields existing flows were built with may no longer be offered. Potentially breaking.",
        "DynamicSourceChanged");

    public DynamicSourceChangedRule()
        : base((ChangeKind.DynamicSourceChanged, Rule))
    {
    }
}
