using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.RequiredPropertiesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1111Tests
{
    [Fact]
    public async Task RequiredNamesTheCompositionDefines_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Base": { "type": "object", "properties": { "id": { "type": "string" } } },
              "Item": { "type": "object", "required": [ "id", "name" ], "properties": { "name": { "type": "string" } }, "allOf": [ { "$ref": "#/definitions/Base" } ] },
              "Derived": { "allOf": [ { "$ref": "#/definitions/Base" }, { "type": "object", "required": [ "id", "size" ], "properties": { "size": { "type": "integer" } } } ] },
              "Sibling": { "allOf": [ { "properties": { "a": { "type": "string" } } }, { "required": [ "a" ] } ] },
              "Open": { "type": "object", "required": [ "anything" ], "additionalProperties": { "type": "string" } },
              "Dynamic": { "type": "object", "required": [ "column" ], "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "schema" } },
              "Ref": { "$ref": "#/definitions/Base", "required": [ "missing" ] },
              "List": { "type": "array", "items": { "type": "string" }, "required": [ "items" ] },
              "Odd": { "type": "object", "required": "id", "properties": {} } } }
            """);
    }

    [Fact]
    public async Task EmptyRequired_ReportedOnIt()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "required": {|#0:[]|}, "properties": { "id": { "type": "string" } } } } }
            """,
            Verify.Diagnostic(RequiredPropertiesRule.Empty).WithLocation(0).WithArguments("definition 'Item'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The definition 'Item' has an empty required; remove it, or list the properties users must give"));
    }

    [Fact]
    public async Task NameNoPartDefines_ReportedOnTheName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "operationId": "CreateItem", "parameters": [ { "name": "body", "in": "body", "schema":
                { "type": "object", "required": [ "title", {|#0:"titel"|} ], "properties": { "title": { "type": "string" } } } } ],
                "responses": { "200": { "description": "OK" } } } } },
              "definitions": {
                "Base": { "type": "object", "properties": { "id": { "type": "string" } } },
                "Derived": { "allOf": [ { "$ref": "#/definitions/Base" }, { "type": "object", "required": [ "id", {|#1:"size"|} ] } ] },
                "Bare": { "required": [ {|#2:"id"|} ] } } }
            """,
            Verify.Diagnostic(RequiredPropertiesRule.NotDefined).WithLocation(0).WithArguments("schema of parameter 'body' of 'CreateItem'", "titel")
                .WithMessage("The schema of parameter 'body' of 'CreateItem' requires 'titel', which its properties do not define; add the property, or remove the name from required"),
            Verify.Diagnostic(RequiredPropertiesRule.NotDefined).WithLocation(1).WithArguments("allOf[1] of definition 'Derived'", "size"),
            Verify.Diagnostic(RequiredPropertiesRule.NotDefined).WithLocation(2).WithArguments("definition 'Bare'", "id"));
    }
}
