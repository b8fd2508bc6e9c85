using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.ApiProperties;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.IdentityProviderRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2009Tests
{
    private static string WithProvider(string provider) => $$"""
        { "properties": { "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": {{provider}} } } } } }
        """;

    [Theory]
    [InlineData("oauth2")]
    [InlineData("oauth2generic")]
    [InlineData("aad")]
    [InlineData("aadcertificate")]
    [InlineData("facebook")]
    [InlineData("DocuSign")]
    [InlineData("GitHub")]
    public async Task KnownProvider_NoDiagnostic(string provider)
    {
        await Verify.VerifyApiPropertiesAsync(WithProvider($"\"{provider}\""));
    }

    [Theory]
    [InlineData("\"okta\"")]
    [InlineData("\"oauth\"")]
    [InlineData("\"\"")]
    [InlineData("2")]
    public async Task UnknownProvider_AWarningOnTheValue(string provider)
    {
        await Verify.VerifyApiPropertiesAsync(
            WithProvider($"{{|#0:{provider}|}}"),
            Verify.Diagnostic(IdentityProviderRule.Unknown).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("token", provider, "'oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook', 'github', 'google', 'dropbox', 'salesforce' and 'docusign'"));
    }

    [Fact]
    public async Task MissingProvider_ReportedOnOAuthSettings()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "connectionParameters": { "token": { "type": "oauthSetting", {|#0:"oAuthSettings"|}: { "clientId": "app" } } } } }
            """,
            Verify.Diagnostic(IdentityProviderRule.Missing).WithLocation(0).WithArguments("token"));
    }

    [Fact]
    public async Task ProvidersAreConfigurable()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            EditorConfig = "root = true\n[*.json]\nconnectorsdk.identity_providers = oauth2, okta\n",
            ApiProperties = """
                {
                  "properties": {
                    "connectionParameters": {
                      "a": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "okta" } },
                      "b": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": [|"aad"|] } }
                    }
                  }
                }
                """,
        });
    }

    [Fact]
    public async Task NoOAuthSettings_NoDiagnostic()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "connectionParameters": { "api_key": { "type": "securestring" }, "token": { "type": "oauthSetting", "oAuthSettings": null } } } }
            """);
    }
}
