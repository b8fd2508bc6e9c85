using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.ClientSecretRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2012Tests
{
    private static string WithSecret(string secret) => $$"""
        {
          "properties": {
            "connectionParameters": {
              "token": {
                "type": "oauthSetting",
                "oAuthSettings": {
                  "identityProvider": "oauth2",
                  "clientId": "0f4c6a4e-1b7c-4a0e-9d35-2b8f3c8d9e11",
                  "clientSecret": {{secret}}
                }
              }
            }
          }
        }
        """;

    [Theory]
    [InlineData("\"Qm9ndXNTZWNyZXRWYWx1ZTEyMw\"")]
    [InlineData("\"a8Q~xYz.12345678\"")]
    public async Task SecretValue_ReportedOnValueWithoutShowingIt(string secret)
    {
        var length = secret.Length - 2;
        await Verify.VerifyApiPropertiesAsync(
            WithSecret($"{{|#0:{secret}|}}"),
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                $"The oAuthSettings of connection parameter 'token' hold a clientSecret of {length} characters; remove it (keep null or a placeholder) and give the secret with 'paconn create --secret' or in the certification portal, and replace it at the identity provider"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"<Enter your client secret>\"")]
    [InlineData("\"<client-secret>\"")]
    [InlineData("\"{{clientSecret}}\"")]
    [InlineData("\"[secret]\"")]
    [InlineData("\"********\"")]
    [InlineData("\"xxxxxxxxxxxx\"")]
    [InlineData("\"secret\"")]
    [InlineData("\"Enter your secret here\"")]
    [InlineData("42")]
    public async Task NullOrPlaceholder_NoDiagnostic(string secret)
    {
        await Verify.VerifyApiPropertiesAsync(WithSecret(secret));
    }

    [Fact]
    public async Task MultipleAuthenticationSets_Checked()
    {
        await Verify.VerifyApiPropertiesAsync("""
            {
              "properties": {
                "connectionParameterSets": {
                  "uiDefinition": { "displayName": "Authentication type", "description": "Choose one" },
                  "values": [
                    { "name": "key", "parameters": { "api_key": { "type": "securestring" } } },
                    {
                      "name": "oauth",
                      "parameters": {
                        "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad", "clientSecret": [|"3w7Q~abcdefghijklmnop"|] } }
                      }
                    }
                  ]
                }
              }
            }
            """);
    }

    [Fact]
    public async Task ClientSecretConnectionParameter_IsAskedFromTheUser_NoDiagnostic()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "connectionParameters": { "token:clientSecret": { "type": "securestring" } } } }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task EveryKind(ConnectorKind kind)
    {
        await Verify.VerifyAsync(new ConnectorTest { Kind = kind, Mode = AnalysisMode.Default, ApiProperties = WithSecret("[|\"Qm9ndXNTZWNyZXRWYWx1ZTEyMw\"|]") });
    }
}
