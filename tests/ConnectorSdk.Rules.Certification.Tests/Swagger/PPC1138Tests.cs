using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ResponseDescriptionRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1138Tests
{
    [Theory]
    [InlineData("OK")]
    [InlineData("Created")]
    [InlineData("Default value returned")]
    [InlineData("The default item")]
    [InlineData("Response of the search")]
    [InlineData("200 OK")]
    public async Task MeaningfulDescriptions_NoDiagnostic(string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "{{description}}" } } } } } }""");

    [Theory]
    [InlineData("200", "default")]
    [InlineData("default", "Default.")]
    [InlineData("201", " RESPONSE ")]
    [InlineData("404", "404")]
    [InlineData("500", "")]
    [InlineData("400", "  ")]
    public async Task PlaceholdersStatusCodesAndBlanks_ReportedAtTheDescription(string status, string description)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": { "{{status}}": { "description": {|#0:"{{description}}"|} } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments($"response '{status}' of 'ListItems'", description).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage($"The description of response '{status}' of 'ListItems' is \"{description}\", which says nothing about the response; describe it, e.g. \"OK\", \"Item created\" or \"Item not found\""));
    }

    [Fact]
    public async Task SharedResponseThroughAChainOfReferences_ReportedOnceWhereWritten()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/a": { "get": { "responses": { "200": { "$ref": "#/responses/Alias" } } } }, "/b": { "get": { "responses": { "200": { "$ref": "#/responses/Ok" } } } } },
              "responses": { "Alias": { "$ref": "#/responses/Ok" }, "Ok": { "description": {|#0:"default"|} } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("response 'Ok'", "default"));
    }

    [Fact]
    public async Task ConfiguredPlaceholders_ReplaceTheDefault()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                EditorConfig = "root = true\n[*.json]\nconnectorsdk.placeholder_response_descriptions = Success, Result\n",
                Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "default" }, "201": { "description": {|#0:"success"|} }, "202": { "description": {|#1:"202"|} } } } } } }""",
            },
            Verify.Diagnostic().WithLocation(0).WithArguments("response '201' of GET /a", "success"),
            Verify.Diagnostic().WithLocation(1).WithArguments("response '202' of GET /a", "202"));
    }

    [Fact]
    public async Task DescriptionOfTheWrongTypeOrMissing_LeftToPPC1002()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": 200 }, "400": { } } } } } }""");

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
        => await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "default" } } } } } }""", ApiProperties = MicrosoftConnector.ApiProperties(publisher) });

    [Fact]
    public async Task CustomConnector_NotChecked()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "default" } } } } } }""" });

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "default" } } } } } }""" });
}
