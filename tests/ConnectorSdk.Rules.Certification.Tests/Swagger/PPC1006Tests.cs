using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationSchemaCountRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1006Tests
{
    /// <summary>Leaf: 129 schemas; Branch: 1 + 127 × 129 = 16,384 schemas.</summary>
    private static readonly string Definitions = $$"""
        { "Leaf": {{SchemaJson.Object(128)}}, "Branch": {{SchemaJson.Object(127, """{ "$ref": "#/definitions/Leaf" }""")}} }
        """;

    [Fact]
    public async Task ExactlyTheLimit_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync($$"""
            {
              "swagger": "2.0",
              "paths": { "/items": { "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Branch" } } } } } },
              "definitions": {{Definitions}}
            }
            """);
    }

    [Fact]
    public async Task ParametersAndResponsesTogether_ReportedOnTheVerb()
    {
        // 16,384 in the response, 1 for the query parameter, 2 for the array header parameter and its items.
        await Verify.VerifySwaggerAsync($$"""
            {
              "swagger": "2.0",
              "paths": {
                "/items": {
                  "parameters": [ { "name": "tags", "in": "header", "type": "array", "items": { "type": "string" } } ],
                  {|#0:"get"|}: {
                    "operationId": "ListItems",
                    "parameters": [ { "name": "top", "in": "query", "type": "integer" } ],
                    "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Branch" } }, "default": { "description": "Error" } }
                  }
                }
              },
              "definitions": {{Definitions}}
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("ListItems", 16_387L).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task SharedResponse_CountedForEachOperation()
    {
        await Verify.VerifySwaggerAsync($$"""
            {
              "swagger": "2.0",
              "paths": {
                "/a": {
                  {|#0:"get"|}: { "responses": { "200": { "$ref": "#/responses/Big" }, "201": { "$ref": "#/responses/Big" } } },
                  "delete": { "responses": { "200": { "$ref": "#/responses/Big" } } }
                }
              },
              "responses": { "Big": { "description": "OK", "schema": { "$ref": "#/definitions/Branch" } } },
              "definitions": {{Definitions}}
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("GET /a", 32_768L));
    }

    [Fact]
    public async Task OperationWithoutParametersOrResponses_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": {}, "put": { "parameters": "none", "responses": [] } } } }
            """);
    }
}
