using System.Diagnostics.CodeAnalysis;

namespace ConnectorSdk.Analysis.Reporting;

/// <summary>
/// Turns a descriptor's help link into an absolute address. ConnectorSdk's own packs carry links relative to the
/// repository (docs/rules/PPC1051.md) so that a fork or a mirror can point every host at its own copy; a third-party
/// pack's relative links resolve against the base it declares (<see cref="ConnectorRulePackHelpLinkBaseAttribute"/>),
/// and are left out when it declares none: the host's base is not the third party's site.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The project's repository, where the built-in packs' pages are.</summary>
    public static Uri DefaultBase { get; } = new(ToolInfo.RepositoryUri + "/blob/main/");

    /// <summary>Reads a base address given by a user; it names a folder, so a missing final slash is added.</summary>
    public static bool TryParseBase(string text, [NotNullWhen(true)] out Uri? baseUri)
        => Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out baseUri);

    /// <summary>
    /// The descriptor's link, absolute: as written when it is, else resolved against the base of its pack (for
    /// ConnectorSdk's own packs, <paramref name="baseUri"/>); null when the descriptor has none or it cannot be resolved.
    /// </summary>
    public static string? Resolve(DiagnosticDescriptor descriptor, Uri baseUri)
    {
        if (descriptor.HelpLinkUri is not { } link)
        {
            return null;
        }

        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute))
        {
            return absolute.AbsoluteUri;
        }

        var packBase = descriptor.IsFromRulePackFile ? descriptor.RulePackHelpLinkBase : baseUri;
        return packBase is null ? null : new Uri(packBase, link).AbsoluteUri;
    }

    /// <summary>The base a pack's assembly declares, or null when it declares none or not an absolute address.</summary>
    public static Uri? DeclaredBase(System.Reflection.Assembly assembly)
        => assembly.GetCustomAttributes(typeof(ConnectorRulePackHelpLinkBaseAttribute), inherit: false) is [ConnectorRulePackHelpLinkBaseAttribute declared, ..]
            && TryParseBase(declared.BaseUri, out var baseUri)
                ? baseUri
                : null;
}
