using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.ApiProperties;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.ConnectionParameterRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2008Tests
{
    [Fact]
    public async Task ValidNamesAndTypes_NoDiagnostic()
    {
        await Verify.VerifyApiPropertiesAsync("""
            {
              "properties": {
                "connectionParameters": {
                  "api_key": { "type": "securestring" },
                  "instanceUrl": { "type": "string" },
                  "port": { "type": "int" },
                  "useSsl": { "type": "bool" },
                  "gateway": { "type": "gatewaySetting" },
                  "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad" } },
                  "token:TenantId": { "type": "string" },
                  "token:clientId": { "type": "string" }
                }
              }
            }
            """);
    }

    [Theory]
    [InlineData("api-key")]
    [InlineData("api key")]
    [InlineData("token:")]
    [InlineData(":clientId")]
    [InlineData("a:b:c")]
    [InlineData("clé")]
    [InlineData("")]
    public async Task InvalidName_ReportedOnTheName(string name)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "connectionParameters": { {|#0:"{{name}}"|}: { "type": "string" } } } }
            """,
            Verify.Diagnostic(ConnectionParameterRule.NameNotValid).WithLocation(0).WithArguments(name).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"text\"")]
    [InlineData("\"SecureString\"")]
    [InlineData("\"oauth\"")]
    [InlineData("1")]
    [InlineData("null")]
    public async Task UnknownType_ReportedOnTheType(string type)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "connectionParameters": { "api_key": { "type": {|#0:{{type}}|} } } } }
            """,
            Verify.Diagnostic(ConnectionParameterRule.TypeNotValid).WithLocation(0).WithMessage(
                $"Connection parameter 'api_key' has type {type}; use one of 'string', 'securestring', 'int', 'bool', 'gatewaySetting' and 'oauthSetting'"));
    }

    [Fact]
    public async Task MissingType_ReportedOnTheName()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "connectionParameters": { {|#0:"api_key"|}: { "uiDefinition": { "displayName": "API key" } } } } }
            """,
            Verify.Diagnostic(ConnectionParameterRule.TypeMissing).WithLocation(0).WithArguments("api_key"));
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
                    { "name": "key", "parameters": { {|#0:"api-key"|}: { "type": {|#1:"password"|} } } }
                  ]
                }
              }
            }
            """,
            Verify.Diagnostic(ConnectionParameterRule.NameNotValid).WithLocation(0).WithArguments("api-key"),
            Verify.Diagnostic(ConnectionParameterRule.TypeNotValid).WithLocation(1));
    }

    [Theory]
    [InlineData("{ \"properties\": { \"connectionParameters\": [] } }")]
    [InlineData("{ \"properties\": { \"connectionParameters\": { \"api_key\": \"securestring\" } } }")]
    [InlineData("{ \"properties\": { \"connectionParameterSets\": { \"values\": {} } } }")]
    [InlineData("{ \"properties\": [] }")]
    public async Task OtherShapes_NotChecked(string apiProperties)
    {
        await Verify.VerifyApiPropertiesAsync(apiProperties);
    }

    [Fact]
    public async Task CustomConnectorsToo()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Mode = AnalysisMode.Default,
            ApiProperties = """{ "properties": { "connectionParameters": { [|"api key"|]: { "type": "string" } } } }""",
        });
    }
}
