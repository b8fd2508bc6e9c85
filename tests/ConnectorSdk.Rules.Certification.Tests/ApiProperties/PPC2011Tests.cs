using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.CustomParametersRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2011Tests
{
    private static string Settings(string provider, string customParameters, string marker = "\"oAuthSettings\"") => $$"""
        {
          "properties": {
            "connectionParameters": {
              "token": {
                "type": "oauthSetting",
                {{marker}}: { "identityProvider": "{{provider}}", "clientId": "app", "customParameters": {{customParameters}} }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task OAuth2WithItsEndpoints_NoDiagnostic()
    {
        await Verify.VerifyApiPropertiesAsync(Settings("oauth2", """
            {
              "authorizationUrl": { "value": "https://login.contoso.com/authorize" },
              "tokenUrl": { "value": "https://login.contoso.com/token" },
              "refreshUrl": { "value": "https://login.contoso.com/token" }
            }
            """));
    }

    [Fact]
    public async Task AadWithItsParameters_NoDiagnostic()
    {
        await Verify.VerifyApiPropertiesAsync(Settings("aad", """
            {
              "loginUri": { "value": "https://login.microsoftonline.com" },
              "tenantId": { "value": "common" },
              "resourceUri": { "value": "https://contoso.com" },
              "enableOnbehalfOfLogin": { "value": "false" }
            }
            """));
    }

    [Fact]
    public async Task OAuth2WithoutRefreshUrl_ReportedOnOAuthSettings()
    {
        await Verify.VerifyApiPropertiesAsync(
            Settings("oauth2", """{ "authorizationUrl": { "value": "https://a" }, "tokenUrl": { "value": "https://t" } }""", "{|#0:\"oAuthSettings\"|}"),
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "The oAuthSettings of connection parameter 'token' (oauth2) lack the customParameters 'refreshUrl'; give each as { \"value\": \"...\" }"));
    }

    [Theory]
    [InlineData("aad", "{ \"resourceUri\": { \"value\": \"https://contoso.com\" } }", "'loginUri' and 'tenantId'")]
    [InlineData("AAD", "{ \"loginUri\": \"https://login.microsoftonline.com\", \"tenantId\": { \"value\": null }, \"resourceUri\": { \"value\": \"https://contoso.com\" } }", "'loginUri' and 'tenantId'")]
    [InlineData("oauth2", "null", "'authorizationUrl', 'tokenUrl' and 'refreshUrl'")]
    [InlineData("aadcertificate", "{ }", "'resourceUri'")]
    public async Task MissingOrValueless_AllNamed(string provider, string customParameters, string missing)
    {
        await Verify.VerifyApiPropertiesAsync(
            Settings(provider, customParameters, "{|#0:\"oAuthSettings\"|}"),
            Verify.Diagnostic().WithLocation(0).WithArguments("token", provider, missing));
    }

    [Theory]
    [InlineData("oauth2generic")]
    [InlineData("facebook")]
    [InlineData("okta")]
    public async Task ProvidersWithoutARequiredSet_NoDiagnostic(string provider)
    {
        await Verify.VerifyApiPropertiesAsync(Settings(provider, "{ }"));
    }

    [Fact]
    public async Task NoCustomParametersMember_Reported()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "connectionParameters": { "token": { "type": "oauthSetting", [|"oAuthSettings"|]: { "identityProvider": "aad" } } } } }
            """);
    }
}
