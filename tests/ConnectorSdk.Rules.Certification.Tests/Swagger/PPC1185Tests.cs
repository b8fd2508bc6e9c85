using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConnectorMetadataUrlQualityRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1185Tests
{
    [Fact]
    public async Task LooseWebAddresses_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "x-ms-connector-metadata": [
                { "propertyName": "Website", "propertyValue": {|#0:"www.contoso.com"|} },
                { "propertyName": "Privacy policy", "propertyValue": {|#1:"https://contoso.com/privacy policy.html"|} }
              ]
            }
            """,
            Verify.Diagnostic(ConnectorMetadataUrlQualityRule.NoScheme).WithLocation(0).WithArguments("Website", "\"www.contoso.com\"").WithSeverity(DiagnosticSeverity.Warning),
            Verify.Diagnostic(ConnectorMetadataUrlQualityRule.WhiteSpace).WithLocation(1).WithArguments("Privacy policy", "\"https://contoso.com/privacy policy.html\""));
    }

    [Theory]
    [InlineData("https://contoso.com")]
    [InlineData(" https://contoso.com/privacy ")]
    [InlineData("N/A")]
    [InlineData("none")]
    public async Task WellFormedOrNoWebAddress_NotThisRule(string value)
        => await Verify.VerifySwaggerAsync($$"""{ "x-ms-connector-metadata": [ { "propertyName": "Privacy policy", "propertyValue": "{{value}}" } ] }""");

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "contoso.com" } ] }""" });

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "contoso.com" } ] }""" });

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "microsoft.com" } ] }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft Corporation"),
        });
}
