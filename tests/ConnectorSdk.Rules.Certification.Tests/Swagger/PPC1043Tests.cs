using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConnectorMetadataUrlRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1043Tests
{
    [Fact]
    public async Task NotAUrl_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "x-ms-connector-metadata": [
                { "propertyName": "Website", "propertyValue": {|#0:"N/A"|} },
                { "propertyName": "Privacy Policy", "propertyValue": {|#1:42|} }
              ]
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Website", "\"N/A\"").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic().WithLocation(1).WithArguments("Privacy Policy", "42"));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("mailto:privacy@contoso.com")]
    [InlineData("See our website")]
    public async Task NoWebAddress_Reported(string value)
        => await Verify.VerifySwaggerAsync($$"""{ "x-ms-connector-metadata": [ { "propertyName": "Privacy policy", "propertyValue": [|"{{value}}"|] } ] }""");

    [Theory]
    [InlineData("contoso.com")]
    [InlineData("www.contoso.com/privacy")]
    [InlineData("https://contoso.com/privacy policy")]
    public async Task LooseWebAddress_PPC1185sWarning_NotThisRule(string value)
        => await Verify.VerifySwaggerAsync($$"""{ "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "{{value}}" } ] }""");

    [Theory]
    [InlineData("https://contoso.com")]
    [InlineData("http://contoso.com/privacy?lang=en")]
    [InlineData(" https://contoso.com/privacy ")]
    public async Task Url_NoDiagnostic(string url)
        => await Verify.VerifySwaggerAsync($$"""{ "x-ms-connector-metadata": [ { "propertyName": "Privacy policy", "propertyValue": "{{url}}" } ] }""");

    [Fact]
    public async Task CategoriesAndOtherItems_NotUrls()
        => await Verify.VerifySwaggerAsync("""{ "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": "Data" }, { "propertyName": "Other", "propertyValue": "x" } ] }""");

    [Theory]
    [InlineData("{ \"x-ms-connector-metadata\": [ { \"propertyName\": \"Website\" } ] }")]
    [InlineData("{ \"x-ms-connector-metadata\": [ { \"propertyName\": \"Website\", \"propertyValue\": \"\" } ] }")]
    [InlineData("{ \"x-ms-connector-metadata\": [ { \"propertyName\": \"Website\", \"propertyValue\": null } ] }")]
    [InlineData("{ \"x-ms-connector-metadata\": { \"Website\": \"x\" } }")]
    public async Task MissingValuesOrOddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "x" } ] }""" });

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "N/A" } ] }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
        });
}
