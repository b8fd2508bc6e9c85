using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConnectorMetadataCaseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1046Tests
{
    [Fact]
    public async Task WrongCaseNamesAndCategories_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "x-ms-connector-metadata": [
                { "propertyName": "Website", "propertyValue": "https://contoso.com" },
                { "propertyName": {|#0:"Privacy Policy"|}, "propertyValue": "https://contoso.com/privacy" },
                { "propertyName": "Categories", "propertyValue": {|#1:"website;Data"|} }
              ]
            }
            """,
            Verify.Diagnostic(ConnectorMetadataCaseRule.PropertyName).WithLocation(0).WithArguments("Privacy Policy", "Privacy policy").WithSeverity(DiagnosticSeverity.Warning),
            Verify.Diagnostic(ConnectorMetadataCaseRule.Category).WithLocation(1).WithArguments("website", "Website"));
    }

    [Fact]
    public async Task KeysInAnotherCase_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "x-ms-connector-metadata": [ { {|#0:"PropertyName"|}: "Website", {|#1:"PropertyValue"|}: "https://contoso.com" } ] }
            """,
            Verify.Diagnostic(ConnectorMetadataCaseRule.Key).WithLocation(0).WithArguments("PropertyName", "propertyName"),
            Verify.Diagnostic(ConnectorMetadataCaseRule.Key).WithLocation(1).WithArguments("PropertyValue", "propertyValue"));
    }

    [Fact]
    public async Task ExactCase_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "x-ms-connector-metadata": [
                { "propertyName": "Privacy policy", "propertyValue": "https://contoso.com/privacy" },
                { "propertyName": "Categories", "propertyValue": "IT Operations;Tools" } ] }
            """);

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "website", "propertyValue": "https://contoso.com" } ] }""" });

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "website", "propertyValue": "https://contoso.com" } ] }""" });

    [Theory]
    [InlineData("{ \"x-ms-connector-metadata\": [ { \"propertyName\": \"categories\", \"propertyValue\": 5 } ] }")]
    [InlineData("{ \"x-ms-connector-metadata\": { \"propertyName\": \"website\" } }")]
    public async Task OddJson_NoFindingOnValues(string swagger)
    {
        if (swagger.Contains("categories", StringComparison.Ordinal))
        {
            await Verify.VerifySwaggerAsync(swagger.Replace("\"categories\"", "{|#0:\"categories\"|}", StringComparison.Ordinal),
                Verify.Diagnostic(ConnectorMetadataCaseRule.PropertyName).WithLocation(0).WithArguments("categories", "Categories"));
        }
        else
        {
            await Verify.VerifySwaggerAsync(swagger);
        }
    }

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "x-ms-connector-metadata": [ { "PropertyName": "Privacy Policy", "propertyValue": "https://privacy.microsoft.com" } ] }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
        });
}
