using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.CamelCaseWordsRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1068Tests
{
    [Theory]
    [InlineData("Get the URL of an item", "Gets the item's URL and ID.")]
    [InlineData("Upload a file to OneDrive", "Uploads a file to SharePoint or OneDrive.")]
    [InlineData("Get ContosoCloud items", "Gets items from ContosoCloud.")]
    public async Task NoCamelCase_OrProperNouns_NoDiagnostic(string summary, string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "info": { "title": "ContosoCloud" }, "paths": { "/a": { "get": { "summary": "{{summary}}", "description": "{{description}}" } } } }""");

    [Fact]
    public async Task CamelCaseWords_WarningOnEachText()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems",
              "summary": {|#0:"List items by ItemType"|},
              "description": {|#1:"Lists the items; follow nextLink for the next page, by ItemType."|} } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'", "summary", "'ItemType'").WithSeverity(DiagnosticSeverity.Warning),
            Verify.Diagnostic().WithLocation(1).WithArguments("'ListItems'", "description", "'nextLink' and 'ItemType'"));
    }

    [Fact]
    public async Task CustomConnector_NotChecked()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "Get itemId" } } } }""" });

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
        => await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "Get itemId" } } } }""", ApiProperties = MicrosoftConnector.ApiProperties(publisher) });
}
