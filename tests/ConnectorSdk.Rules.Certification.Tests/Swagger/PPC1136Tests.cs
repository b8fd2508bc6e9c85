using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ResponseSchemaCountRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1136Tests
{
    [Fact]
    public async Task OneSchema_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } }, "404": { "$ref": "#/responses/NotFound" } } },
              "post": { "responses": { "201": { "$ref": "#/responses/Created" }, "400": { "description": "Bad request" } } } } },
              "responses": { "NotFound": { "description": "Not found" }, "Created": { "description": "Created", "schema": { "$ref": "#/definitions/Item" } } },
              "definitions": { "Item": { "type": "object", "properties": { "id": { "type": "string" } } } } }
            """);
    }

    [Fact]
    public async Task SchemasOnTwoResponses_ReportedAtResponses()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", {|#0:"responses"|}: {
              "200": { "description": "OK", "schema": { "type": "array", "items": { "type": "string" } } },
              "400": { "description": "Bad request", "schema": { "type": "object" } },
              "404": { "description": "Not found" } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'", "'200' and '400'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Operation 'ListItems' has a schema on the responses '200' and '400'; the designer shows the outputs of one: keep the schema of the success response and describe the others in words"));
    }

    [Fact]
    public async Task SharedResponsesThroughAChainOfReferences_Counted()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { {|#0:"responses"|}: {
              "201": { "description": "Created", "schema": { "$ref": "#/definitions/Alias" } },
              "500": { "$ref": "#/responses/ServerError" } } } } },
              "responses": { "ServerError": { "$ref": "#/responses/Failure" }, "Failure": { "description": "Failure", "schema": { "$ref": "#/definitions/Alias" } } },
              "definitions": { "Alias": { "$ref": "#/definitions/Error" }, "Error": { "type": "object" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("POST /items", "'201' and '500'"));
    }

    [Fact]
    public async Task SchemaOnDefault_LeftToPPC1133()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": {
              "200": { "description": "OK", "schema": { "type": "object" } }, "default": { "description": "Error", "schema": { "type": "object" } } } } } } }
            """);
    }

    [Fact]
    public async Task DefaultMode_Off()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Mode = AnalysisMode.Default,
            Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK", "schema": {} }, "400": { "description": "Bad", "schema": {} } } } } } }""",
        });
    }
}
