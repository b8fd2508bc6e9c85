using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ResponseSchemaMissingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1135Tests
{
    [Fact]
    public async Task SchemaOn200Or201_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "responses": { "200": { "description": "OK", "schema": { "type": "array", "items": { "type": "string" } } } } },
              "post": { "responses": { "200": { "description": "OK" }, "201": { "$ref": "#/responses/Created" } } },
              "delete": { "responses": { "204": { "description": "Deleted" } } } } },
              "responses": { "Created": { "description": "Created", "schema": { "type": "object" } } } }
            """);
    }

    [Fact]
    public async Task NoSchema_ReportedOnTheStatus()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "operationId": "CreateItem", "responses": {
              {|#0:"200"|}: { "description": "OK" }, "400": { "description": "Bad", "schema": { "type": "object" } } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("200", "'CreateItem'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("The 200 response of operation 'CreateItem' has no schema, so the action shows no outputs; add the schema of what it returns (or leave it out if the response has no body)"));
    }

    [Fact]
    public async Task SharedResponseWithoutSchema_ReportedOnTheReference()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": { {|#0:"200"|}: { "$ref": "#/responses/Ok" } } } } },
              "responses": { "Ok": { "description": "OK" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("200", "GET /items"));
    }

    [Fact]
    public async Task ChainsOfResponsesAndDefinitions_Followed()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "responses": { "200": { "$ref": "#/responses/Alias" } } },
              "post": { "operationId": "CreateItem", "responses": { {|#0:"201"|}: { "$ref": "#/responses/Bare" } } } } },
              "responses": { "Alias": { "$ref": "#/responses/Ok" }, "Ok": { "description": "OK", "schema": { "$ref": "#/definitions/First" } },
                "Bare": { "$ref": "#/responses/Created" }, "Created": { "description": "Created" } },
              "definitions": { "First": { "$ref": "#/definitions/Item" }, "Item": { "type": "object" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("201", "'CreateItem'"));
    }

    [Fact]
    public async Task WebhookRegistrationAndInternalOperation_NotReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/hooks": { "x-ms-notification-content": { "schema": { "type": "object" } }, "post": { "x-ms-trigger": "single", "responses": { "201": { "description": "Created" } } } },
              "/hooks/v2": { "post": { "x-ms-trigger": "single", "x-ms-notification-content": { "schema": { "type": "object" } }, "responses": { "201": { "description": "Created" } } } },
              "/internal": { "get": { "x-ms-visibility": "internal", "responses": { "200": { "description": "OK" } } } } } }
            """);
    }

    [Fact]
    public async Task DefaultMode_Off()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Mode = AnalysisMode.Default,
            Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK" } } } } } }""",
        });
    }
}
