using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// PPC2012: no OAuth client secret is written in apiProperties.json. A value counts as a secret when it could be one:
/// at least <see cref="MinimumSecretLength"/> characters, no white space, not wrapped in brackets and not one character
/// repeated. Placeholders (<c>"&lt;Enter your client secret&gt;"</c>, <c>"********"</c>) and null are fine.
/// </summary>
internal sealed class ClientSecretRule : ConnectorAnalyzer
{
    /// <summary>Shorter values ("secret", "dummy") are placeholders: identity providers issue longer secrets.</summary>
    public const int MinimumSecretLength = 8;

    private const string ClientSecret = "clientSecret";

    /// <summary>{0}: the connection parameter; {1}: the value's length. The message never shows the value.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ClientSecretInFile,
        "apiProperties.json must not contain an OAuth client secret",
        "The oAuthSettings of connection parameter '{0}' hold a clientSecret of {1} characters; remove it (keep null or a placeholder) and give the secret with 'paconn create --secret' or in the certification portal, and replace it at the identity provider",
        DiagnosticSeverity.Error,
        "apiProperties.json is published and shared (a pull request, a solution, a repository); a client secret written in it "
            + "is disclosed. paconn takes the secret from its --secret option and certification from the portal, where it is "
            + "stored in Key Vault. A value counts as a secret unless it is null, shorter than 8 characters, holds white space, "
            + "is wrapped in brackets or repeats one character.");

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
            if (settings.TryGetProperty(ClientSecret, out var secret) && secret.Kind == JsonValueKind.String && IsSecret(secret.Value.GetString()!))
            {
                context.Report(Rule, secret.Location, parameter.Name, secret.Value.GetString()!.Length);
            }
        }
    }

    private static bool IsSecret(string value)
        => value.Length >= MinimumSecretLength
            && !value.Any(char.IsWhiteSpace)
            && !IsWrapped(value)
            && value.Any(c => c != value[0]);

    /// <summary>&lt;secret&gt;, [secret], {secret}, {{secret}}, (secret).</summary>
    private static bool IsWrapped(string value)
        => (value[0], value[^1]) is ('<', '>') or ('[', ']') or ('{', '}') or ('(', ')');
}
