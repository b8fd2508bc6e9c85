using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConnectorMetadataPropertiesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1042Tests
{
    [Fact]
    public async Task MissingItem_ReportedOnTheExtension()
    {
        await Verify.VerifySwaggerAsync("""
            {
              {|#0:"x-ms-connector-metadata"|}: [
                { "propertyName": "Website", "propertyValue": "https://contoso.com" },
                { "propertyName": "Categories", "propertyValue": "Productivity" }
              ]
            }
            """,
            Verify.Diagnostic(ConnectorMetadataPropertiesRule.ItemMissing).WithLocation(0).WithArguments("Privacy policy").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task MissingOrEmptyValues_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "x-ms-connector-metadata": [
                { "propertyName": {|#0:"Website"|} },
                { "propertyName": "Privacy policy", "propertyValue": {|#1:""|} },
                { "propertyName": "Categories", "propertyValue": {|#2:null|} }
              ]
            }
            """,
            Verify.Diagnostic(ConnectorMetadataPropertiesRule.ValueMissing).WithLocation(0).WithArguments("Website"),
            Verify.Diagnostic(ConnectorMetadataPropertiesRule.ValueEmpty).WithLocation(1).WithArguments("Privacy policy"),
            Verify.Diagnostic(ConnectorMetadataPropertiesRule.ValueEmpty).WithLocation(2).WithArguments("Categories"));
    }

    [Fact]
    public async Task WrongCase_LeftToPPC1046()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "x-ms-connector-metadata": [
                { "propertyName": "website", "propertyValue": "https://contoso.com" },
                { "propertyName": "Privacy Policy", "propertyValue": "https://contoso.com/privacy" },
                { "propertyName": "CATEGORIES", "propertyValue": "Productivity" }
              ]
            }
            """);
    }

    [Fact]
    public async Task KeysInAnotherCase_Accepted_AsThePlatformReadsThem()
        => await Verify.VerifySwaggerAsync("""
            {
              "x-ms-connector-metadata": [
                { "PropertyName": "Website", "PropertyValue": "https://contoso.com" },
                { "propertyname": "Privacy policy", "PROPERTYVALUE": "https://contoso.com/privacy" },
                { "propertyName": "Categories", "propertyValue": "Productivity" }
              ]
            }
            """);

    [Fact]
    public async Task ValueKeyInAnotherCase_StillChecked()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "x-ms-connector-metadata": [
                { "PropertyName": "Website", "PropertyValue": {|#0:""|} },
                { "propertyName": "Privacy policy", "propertyValue": "https://contoso.com/privacy" },
                { "propertyName": "Categories", "propertyValue": "Productivity" }
              ]
            }
            """,
            Verify.Diagnostic(ConnectorMetadataPropertiesRule.ValueEmpty).WithLocation(0).WithArguments("Website"));
    }

    [Fact]
    public async Task OddItems_Ignored_MissingNamesReported()
    {
        await Verify.VerifySwaggerAsync("""
            {
              {|#0:"x-ms-connector-metadata"|}: [
                "Website",
                { "propertyName": 3, "propertyValue": "https://contoso.com" },
                [ ],
                { "propertyName": "Website", "propertyValue": "https://contoso.com" },
                { "propertyName": "Categories", "propertyValue": "Data" }
              ]
            }
            """,
            Verify.Diagnostic(ConnectorMetadataPropertiesRule.ItemMissing).WithLocation(0).WithArguments("Privacy policy"));
    }

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-connector-metadata": [ ] }""" });

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"x-ms-connector-metadata\": { \"Website\": \"https://contoso.com\" } }")]
    public async Task NoArray_LeftToPPC1041(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "x-ms-connector-metadata": [ ] }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
        });
}
