using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicReferenceRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1179Tests
{
    [Fact]
    public async Task ReferencesToParametersAndBodyProperties_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/lists": { "get": { "operationId": "GetLists", "parameters": [ { "name": "siteId", "in": "query", "type": "string" } ], "responses": { "200": { "description": "OK" } } } },
              "/items/{site}": { "parameters": [ { "name": "site", "in": "path", "type": "string", "required": true } ],
                "post": { "operationId": "AddItem", "parameters": [
                  { "name": "item", "in": "body", "schema": { "$ref": "#/definitions/Item" } },
                  { "name": "a", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": "site" } } } },
                  { "name": "b", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetLists", "parameters": { "siteId": { "parameterReference": "body/owner/site" } } } },
                  { "name": "c", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": "item.owner.site" } } } },
                  { "name": "d", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "Missing", "parameters": { "siteId": { "parameter": "nothing" } } } } ],
                "responses": { "200": { "description": "OK" } } } } },
              "definitions": { "Item": { "type": "object", "properties": { "owner": { "type": "object", "properties": { "site": { "type": "string" } } } } } } }
            """);
    }

    [Fact]
    public async Task SharedParameterReferringToAnInputSomeOperationsLack_ReportedForEach()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/lists": { "get": { "operationId": "GetLists", "parameters": [ { "name": "siteId", "in": "query", "type": "string" } ], "responses": { "200": { "description": "OK" } } } },
              "/a": { "get": { "operationId": "GetA", "parameters": [ { "name": "site", "in": "query", "type": "string" }, { "$ref": "#/parameters/List" } ], "responses": { "200": { "description": "OK" } } } },
              "/b": { "get": { "operationId": "GetB", "parameters": [ { "$ref": "#/parameters/List" } ], "responses": { "200": { "description": "OK" } } } } },
              "parameters": { "List": { "name": "list", "in": "query", "type": "string",
                "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": {|#0:"site"|} } } } } } }
            """,
            Verify.Diagnostic(DynamicReferenceRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-values", "'list' (in query)", "'GetB'", "site").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("x-ms-dynamic-values on parameter 'list' (in query) of 'GetB' refers to 'site', which is neither a parameter nor a body property of 'GetB'; name one of its inputs, or pass a static value"));
    }
}
