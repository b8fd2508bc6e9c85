using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7022: the host or basePath changed.</summary>
internal sealed class EndpointChangedRule : BreakingChangeRule
{
    /// <summary>{0}: the old host; {1}: the new one.</summary>
    public static readonly DiagnosticDescriptor Host = Descriptors.Create(
        RuleIds.EndpointChanged,
        "The host or basePath changed",
        "The host changed from '{0}' to '{1}': every request of existing flows now goes there, so it must serve the same API; otherwise keep the host",
        DiagnosticSeverity.Warning,
        "Every request of every existing flow goes to the new host or base path: potentially breaking unless the service answers there exactly as before.",
        "EndpointChanged");

    /// <summary>{0}: the old basePath; {1}: the new one.</summary>
    public static readonly DiagnosticDescriptor BasePath = Descriptors.Create(
        RuleIds.EndpointChanged,
        "The host or basePath changed",
        "The basePath changed from '{0}' to '{1}': every operation's address changes for existing flows, so the new one must serve the same API; " + Descriptors.Advice,
        DiagnosticSeverity.Warning,
        "Every request of every existing flow goes to the new host or base path: potentially breaking unless the service answers there exactly as before.",
        "EndpointChanged");

    public EndpointChangedRule()
        : base((ChangeKind.HostChanged, Host), (ChangeKind.BasePathChanged, BasePath))
    {
    }
}
