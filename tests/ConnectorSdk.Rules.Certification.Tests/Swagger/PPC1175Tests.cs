using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.BatchTriggerResponseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1175Tests
{
    [Fact]
    public async Task BatchReturningAnArray_ThroughADefinition_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "definitions": { "Items": { "type": "array", "items": { "type": "object" } } },
              "paths": { "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "batch",
                "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Items" } }, "202": { "description": "None yet" } } } } } }
            """);

    [Fact]
    public async Task SingleReturningAnObject_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/new": { "get": { "x-ms-trigger": "single",
              "responses": { "200": { "description": "OK", "schema": { "type": "object" } } } } } } }
            """);

    [Fact]
    public async Task BatchWithoutSchemaOrType_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/new": { "get": { "x-ms-trigger": "batch",
              "responses": { "200": { "description": "OK" }, "201": { "description": "OK", "schema": { "description": "Anything" } } } } } } }
            """);

    [Fact]
    public async Task BatchReturningAnObject_WarningAtTheSchema()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "definitions": { "Page": { "properties": { "value": { "type": "array", "items": { "type": "object" } } } } },
              "paths": { "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "batch",
                "responses": { "200": { "description": "OK", "schema": {|#0:{ "$ref": "#/definitions/Page" }|} } } } } } }
            """,
            Verify.Diagnostic(BatchTriggerResponseRule.Rule).WithLocation(0).WithArguments("200", "'OnNewItems'", "\"object\"").WithSeverity(DiagnosticSeverity.Warning));
}
