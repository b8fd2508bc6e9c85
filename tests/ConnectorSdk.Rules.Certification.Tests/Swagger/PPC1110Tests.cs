using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ReadOnlyRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1110Tests
{
    [Fact]
    public async Task ReadOnlyRequiredInOutputs_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": {
                "get": { "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } } } },
                "post": { "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/NewItem" } } ],
                  "responses": { "201": { "description": "Created", "schema": { "type": "object", "required": [ "id" ], "properties": { "id": { "type": "string", "readOnly": true } } } } } } } },
              "definitions": {
                "Item": { "type": "object", "required": [ "id" ], "properties": { "id": { "type": "string", "readOnly": true } } },
                "NewItem": { "type": "object", "required": [ "name" ], "properties": { "name": { "type": "string" }, "id": { "type": "string", "readOnly": true } } } } }
            """);
    }

    [Fact]
    public async Task ReadOnlyRequiredInABody_ReportedOnTheName_ThroughReferences()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": { "post": { "operationId": "CreateItem",
                "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "required": [ {|#0:"id"|} ], "properties": {
                  "id": { "type": "string", "readOnly": true }, "owner": { "$ref": "#/definitions/Owner" } } } } ],
                "responses": { "200": { "description": "OK" } } } } },
              "definitions": {
                "Owner": { "type": "object", "properties": { "address": { "$ref": "#/definitions/Address" } } },
                "Address": { "type": "object", "required": [ "city", {|#1:"created"|} ], "properties": { "city": { "type": "string" }, "created": { "$ref": "#/definitions/Stamp" } } },
                "Stamp": { "type": "string", "format": "date-time", "readOnly": true } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("schema of parameter 'body' of 'CreateItem'", "id").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The schema of parameter 'body' of 'CreateItem' is part of a request and requires 'id', which is readOnly: users cannot give a value the request must have; remove it from required, or make it writable"),
            Verify.Diagnostic().WithLocation(1).WithArguments("definition 'Address'", "created"));
    }
}
