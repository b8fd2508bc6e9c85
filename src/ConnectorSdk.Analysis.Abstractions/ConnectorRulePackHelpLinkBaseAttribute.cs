namespace ConnectorSdk.Analysis;

/// <summary>
/// Declares where a rule pack's documentation lives: the relative <see cref="DiagnosticDescriptor.HelpLinkUri"/> of the
/// pack's descriptors (<c>docs/CTSO001.md</c>) are resolved against it. A pack without it gives absolute links or none:
/// its relative links are left out of every output, since no host knows where they point.
/// </summary>
/// <example><code>[assembly: ConnectorRulePackHelpLinkBase("https://github.com/contoso/connector-rules/blob/main/")]</code></example>
/// <param name="baseUri">An absolute address naming a folder.</param>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ConnectorRulePackHelpLinkBaseAttribute(string baseUri) : Attribute
{
    /// <summary>The absolute address the pack's relative help links are resolved against.</summary>
    public string BaseUri { get; } = baseUri;
}
