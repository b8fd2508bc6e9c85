using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2009: each <c>oAuthSettings.identityProvider</c> is a provider the platform knows (configurable), ignoring case.</summary>
internal sealed class IdentityProviderRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the providers (comma-separated).</summary>
    public const string ProvidersKey = ValueLists.IdentityProvidersKey;

    private const string Title = "OAuth settings should name a known identity provider";

    private const string Description =
        "oAuthSettings.identityProvider chooses how the platform signs users in: oauth2 (an OAuth 2.0 service), oauth2generic "
        + "(templated endpoints), aad (Microsoft Entra ID), aadcertificate (Microsoft's first-party apps only), facebook, and the "
        + $"specific providers of the custom connector wizard. The names are those of {ProvidersKey}.";

    /// <summary>{0}: the connection parameter. Reported on oAuthSettings' name.</summary>
    public static readonly DiagnosticDescriptor Missing = Create(
        "The oAuthSettings of connection parameter '{0}' have no 'identityProvider'; give one, e.g. \"oauth2\" or \"aad\"");

    /// <summary>{0}: the connection parameter; {1}: the value as JSON; {2}: the known providers. Reported on the value.</summary>
    public static readonly DiagnosticDescriptor Unknown = Create(
        "The identityProvider of connection parameter '{0}' is {1}, which the platform does not know; use one of {2}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, Unknown];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        if (!ApiPropertiesElements.TryGetProperties(context.Root, out var properties))
        {
            return;
        }

        IReadOnlyList<string>? providers = null;
        foreach (var (parameter, settings) in ApiPropertiesElements.EnumerateOAuthSettings(properties))
        {
            if (!settings.TryGetProperty(ApiPropertiesElements.IdentityProvider, out var provider))
            {
                context.Report(Missing, settings.NameLocation, parameter.Name);
                continue;
            }

            providers ??= ValueLists.Read(context, context.Root.File, ProvidersKey, ValueLists.IdentityProviders);
            if (provider.Kind != JsonValueKind.String || !providers.Contains(provider.Value.GetString()!, StringComparer.OrdinalIgnoreCase))
            {
                context.Report(Unknown, provider.Location, parameter.Name, JsonValueText.Show(provider), ValueLists.Quote(providers));
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.IdentityProviderUnknown, Title, messageFormat, DiagnosticSeverity.Warning, Description);
}
