using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ResponseRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1130Tests
{
    [Fact]
    public async Task OperationsWithResponses_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" } } },
              "post": { "operationId": "CreateItem", "responses": { "default": { "$ref": "#/responses/Error" } } } } },
              "responses": { "Error": { "description": "Failure" } } }
            """);
    }

    [Fact]
    public async Task NoResponses_ReportedOnTheVerb()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { {|#0:"get"|}: { "operationId": "ListItems" }, {|#1:"delete"|}: { } } } }
            """,
            Verify.Diagnostic(ResponseRequiredRule.Missing).WithLocation(0).WithArguments("'ListItems'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Operation 'ListItems' has no 'responses'; declare at least the response the operation returns on success, e.g. \"200\": { \"description\": \"OK\", \"schema\": { ... } }"),
            Verify.Diagnostic(ResponseRequiredRule.Missing).WithLocation(1).WithArguments("DELETE /items"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "x-ms-comment": "none yet" }""")]
    public async Task EmptyResponses_ReportedOnTheValue(string responses)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": {|#0:{{responses}}|} } } } }
            """,
            Verify.Diagnostic(ResponseRequiredRule.Empty).WithLocation(0).WithArguments("'ListItems'"));
    }

    [Fact]
    public async Task ResponsesReachedThroughAChainOfReferences_Count()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": { "200": { "$ref": "#/responses/Alias" } } } } },
              "responses": { "Alias": { "$ref": "#/responses/Ok" }, "Ok": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } } },
              "definitions": { "Item": { "type": "object" } } }
            """);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"200\"")]
    public async Task ResponsesOfTheWrongType_LeftToPPC1002(string responses)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "responses": {{responses}} } } } }""");

    [Fact]
    public async Task SharedResponsesSection_IsNotAnOperation()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK" } } } } }, "responses": {} }""");

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { {|#0:"get"|}: { } } } }""" },
            Verify.Diagnostic(ResponseRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
