using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.RequiredOnNonObjectRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1144Tests
{
    [Fact]
    public async Task RequiredOnObjects_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Item": { "type": "object", "required": [ "id" ], "properties": { "id": { "type": "string" } } },
              "Untyped": { "required": [ "id" ], "properties": { "id": { "type": "string" } } },
              "Ref": { "$ref": "#/definitions/Item", "type": "array", "required": [ "id" ] },
              "Flag": { "type": "string", "required": true } } }
            """);
    }

    [Fact]
    public async Task RequiredOnAnArray_ReportedOnRequired()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "operationId": "SendItems", "parameters": [ { "name": "body", "in": "body", "schema":
                { "type": "array", "required": {|#0:[ "items" ]|}, "items": { "type": "object", "required": [ "to" ], "properties": { "to": { "type": "string" } } } } } ],
                "responses": { "200": { "description": "OK" } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("schema of parameter 'body' of 'SendItems'", "\"array\"").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("The schema of parameter 'body' of 'SendItems' is of type \"array\" but has required, which only object schemas have; remove it (for an array, put required on the schema of its items)"));
    }
}
