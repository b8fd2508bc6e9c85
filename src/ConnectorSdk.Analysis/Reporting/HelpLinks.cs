using System.Diagnostics.CodeAnalysis;

namespace ConnectorSdk.Analysis.Reporting;

/// <summary>
/// Turns a descriptor's help link into an absolute address. Descriptors carry links relative to the
/// repository (docs/rules/PPC1051.md) so that a fork or a mirror can point every host at its own copy.
/// </summary>
public static class HelpLinks
{
    public static Uri DefaultBase { get; } = new(ToolInfo.RepositoryUri + "/blob/main/");

    /// <summary>Reads a base address given by a user; it names a folder, so a missing final slash is added.</summary>
    public static bool TryParseBase(string text, [NotNullWhen(true)] out Uri? baseUri)
        => Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out baseUri);

    /// <summary>The descriptor's link resolved against <paramref name="baseUri"/>; an absolute link stays as it is.</summary>
    public static string Resolve(DiagnosticDescriptor descriptor, Uri baseUri) => new Uri(baseUri, descriptor.HelpLinkUri).AbsoluteUri;
}
