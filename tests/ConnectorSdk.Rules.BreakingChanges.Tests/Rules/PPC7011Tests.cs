using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.AuthenticationChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7011Tests
{
    private const string OAuth = """, "securityDefinitions": { "oauth2": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://login.contoso.com", "tokenUrl": "https://login.contoso.com/token", "scopes": {} } }""";

    [Fact]
    public async Task SecurityDefinitionsTypeChanged_ReportedAtThem()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With("", OAuth),
            Swaggers.With("", """, {|#0:"securityDefinitions"|}: { "key": { "type": "apiKey", "in": "header", "name": "X-Key" } }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("securityDefinitions", "oauth2 (accessCode)", "apiKey"));
    }

    [Fact]
    public async Task ConnectionParameters_ComparedWithAFolderBaseline()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                BaselineSwagger = Swaggers.With(""),
                BaselineApiProperties = """{ "properties": { "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad" } } } } }""",
                Swagger = Swaggers.With(""),
                ApiProperties = """{ "properties": { {|#0:"connectionParameters"|}: { "api_key": { "type": "securestring" } } } }""",
            },
            Verify.Diagnostic().WithLocation(0).WithArguments("connectionParameters", "oauthSetting (aad)", "securestring"));
    }

    [Fact]
    public async Task SchemeRenamed_OrParameterWithoutCredentialsAdded_NotReported()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            BaselineSwagger = Swaggers.With("", OAuth),
            BaselineApiProperties = """{ "properties": { "connectionParameters": { "api_key": { "type": "securestring" } } } }""",
            Swagger = Swaggers.With("", OAuth.Replace("\"oauth2\": {", "\"oauth\": {", StringComparison.Ordinal)),
            ApiProperties = """{ "properties": { "connectionParameters": { "api_key": { "type": "securestring" }, "region": { "type": "string" } } } }""",
        });
    }
}
