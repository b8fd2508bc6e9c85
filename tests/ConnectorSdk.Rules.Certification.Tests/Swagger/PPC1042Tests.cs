using ConnectorSdk.Analysis;
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
            Verify.Diagnostic().WithLocation(0).WithArguments("'x-ms-connector-metadata' has no item with propertyName 'Privacy policy'").WithSeverity(DiagnosticSeverity.Error));
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
            Verify.Diagnostic().WithLocation(0).WithArguments("The 'Website' item has no 'propertyValue'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("The 'Privacy policy' item's propertyValue is empty"),
            Verify.Diagnostic().WithLocation(2).WithArguments("The 'Categories' item's propertyValue is empty"));
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
            Verify.Diagnostic().WithLocation(0).WithArguments("'x-ms-connector-metadata' has no item with propertyName 'Privacy policy'"));
    }

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-connector-metadata": [ ] }""" });

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"x-ms-connector-metadata\": { \"Website\": \"https://contoso.com\" } }")]
    public async Task NoArray_LeftToPPC1041(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
