using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// PPC2011: the OAuth settings give the <c>customParameters</c> their identity provider needs (oauth2: authorizationUrl,
/// tokenUrl, refreshUrl; aad: loginUri, resourceUri, tenantId; aadcertificate: resourceUri), each with a string <c>value</c>.
/// </summary>
internal sealed class CustomParametersRule : ConnectorAnalyzer
{
    /// <summary>{0}: the connection parameter; {1}: the provider; {2}: the missing parameters. Reported on oAuthSettings' name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.CustomParametersMissing,
        "OAuth settings must give the custom parameters their identity provider needs",
        "The oAuthSettings of connection parameter '{0}' ({1}) lack the customParameters {2}; give each as {{ \"value\": \"...\" }}",
        DiagnosticSeverity.Error,
        "The platform signs users in with the endpoints of oAuthSettings.customParameters: an oauth2 provider needs authorizationUrl, "
            + "tokenUrl and refreshUrl, an aad provider loginUri, resourceUri and tenantId, aadcertificate resourceUri; each is an "
            + "object with a string 'value'. Without them no connection can be created.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        if (!ApiPropertiesElements.TryGetProperties(context.Root, out var properties))
        {
            return;
        }

        foreach (var (parameter, settings) in ApiPropertiesElements.EnumerateOAuthSettings(properties))
        {
            if (settings.GetString(ApiPropertiesElements.IdentityProvider) is not { } provider
                || !ValueLists.RequiredCustomParameters.TryGetValue(provider, out var required))
            {
                continue;
            }

            settings.TryGetProperty("customParameters", out var custom);
            var missing = required.Where(name => !HasValue(custom, name)).ToList();
            if (missing.Count > 0)
            {
                context.Report(Rule, settings.NameLocation, parameter.Name, provider, ValueLists.Quote(missing));
            }
        }
    }

    /// <summary>The custom parameter is an object with a string value (a missing customParameters object has none).</summary>
    private static bool HasValue(SourceElement custom, string name)
        => custom.Kind == JsonValueKind.Object && custom.TryGetProperty(name, out var parameter) && parameter.GetString("value") is not null;
}
