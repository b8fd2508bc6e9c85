using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationIdRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1050Tests
{
    [Fact]
    public async Task EveryOperationHasAnId_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": {
                  "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" } } },
                  "post": { "operationId": "CreateItem", "responses": { "200": { "description": "OK" } } }
                }
              }
            }
            """);
    }

    [Fact]
    public async Task MissingId_ReportedOnTheVerb()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": {
                  "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" } } },
                  {|#0:"post"|}: { "summary": "Create an item", "responses": { "200": { "description": "OK" } } }
                }
              }
            }
            """,
            Verify.Diagnostic(OperationIdRequiredRule.Missing).WithLocation(0).WithArguments("POST /items").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task EveryOperationWithoutId_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/a": { [|"get"|]: {}, "delete": { "operationId": [|null|] } },
                "/b/{id}": { "parameters": [], [|"patch"|]: { "responses": {} } }
              }
            }
            """);
    }

    [Theory]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    [InlineData("[ \"ListItems\" ]", "an array")]
    [InlineData("{ \"id\": \"ListItems\" }", "an object")]
    public async Task NotAString_ReportedOnTheValue(string value, string described)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": {|#0:{{value}}|} } } } }
            """,
            Verify.Diagnostic(OperationIdRequiredRule.NotString).WithLocation(0).WithArguments("GET /items", described));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public async Task Empty_ReportedOnTheValue(string value)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": {|#0:{{value}}|} } } } }
            """,
            Verify.Diagnostic(OperationIdRequiredRule.Empty).WithLocation(0).WithArguments("GET /items"));
    }

    [Fact]
    public async Task NonOperationMembersOfAPathItem_Ignored()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": {
                  "parameters": [ { "name": "x", "in": "query", "type": "string" } ],
                  "x-ms-notes": { "get": "not an operation" },
                  "summary": "Items",
                  "get": { "operationId": "ListItems" },
                  "GET": { "responses": {} },
                  "trace": { "responses": {} }
                }
              }
            }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = """{ "swagger": "2.0", "paths": { "/a": { {|#0:"get"|}: {} } } }""", Kind = kind, Mode = AnalysisMode.Default },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
