using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.BreakingChanges.Comparison;

namespace ConnectorSdk.Rules.BreakingChanges.Rules;

/// <summary>PPC7011: the authentication type changed.</summary>
internal sealed class AuthenticationChangedRule : BreakingChangeRule
{
    /// <summary>{0}: where (securityDefinitions or connectionParameters); {1}: the old kinds; {2}: the new ones.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.AuthenticationChanged,
        "The authentication type changed",
        "The authentication in {0} changed from {1} to {2}, so existing connections stop working; keep the authentication type, which an update of a certified connector must not change",
        DiagnosticSeverity.Error,
        "The swagger's securityDefinitions types, or the credential-carrying connection parameters of apiProperties.json (OAuth settings with their identity provider, secure strings; compared with a folder or git baseline), differ: existing connections stop working, and Microsoft does not accept a change of authentication type in an update.",
        "AuthenticationChanged");

    public AuthenticationChangedRule()
        : base((ChangeKind.AuthenticationChanged, Rule))
    {
    }
}
