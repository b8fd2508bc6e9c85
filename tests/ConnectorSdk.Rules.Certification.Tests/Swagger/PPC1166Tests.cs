using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicInternalSourceRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1166Tests
{
    private const string Lists = """
        "/lists": { "get": { "operationId": "GetLists", "parameters": [ { "name": "siteId", "in": "query", "type": "string" }, { "name": "version", "in": "query", "type": "string" } ],
          "responses": { "200": { "description": "OK" } } } }
        """;

    [Fact]
    public async Task ReferencesToVisibleInputsAndStaticValues_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Lists}},
              "/items": { "post": { "operationId": "AddItem", "parameters": [
                { "name": "site", "in": "query", "type": "string", "x-ms-visibility": "important" },
                { "name": "api-version", "in": "query", "type": "string", "default": "1.0", "x-ms-visibility": "internal" },
                { "name": "item", "in": "body", "schema": { "type": "object", "properties": { "owner": { "type": "string" } } } },
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists",
                  "parameters": { "siteId": { "parameter": "site" }, "version": { "value": "1.0" } } } },
                { "name": "view", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetLists", "parameters": { "siteId": { "parameterReference": "body/owner" } } } } ],
              "responses": { "200": { "description": "OK" } } } } } }
            """);
    }

    [Fact]
    public async Task ReferenceToAnInternalInput_ReportedOnTheReference()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Lists}},
              "/items": { "post": { "operationId": "AddItem", "parameters": [
                { "name": "api-version", "in": "query", "type": "string", "default": "1.0", "x-ms-visibility": "Internal" },
                { "name": "item", "in": "body", "schema": { "type": "object", "properties": { "tenant": { "$ref": "#/definitions/Tenant" } } } },
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists",
                  "parameters": { "siteId": { "parameter": {|#0:"item/tenant"|} }, "version": { "parameter": {|#1:"api-version"|} } } } } ],
              "responses": { "200": { "description": "OK" } } } } },
              "definitions": { "Tenant": { "type": "string", "default": "contoso", "x-ms-visibility": "internal" } } }
            """,
            Verify.Diagnostic(DynamicInternalSourceRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-values", "'list' (in query)", "'AddItem'", "item/tenant").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("x-ms-dynamic-values on parameter 'list' (in query) of 'AddItem' refers to 'item/tenant', which is internal (x-ms-visibility \"internal\"); pass its default as a static value, { \"value\": ... }, instead"),
            Verify.Diagnostic(DynamicInternalSourceRule.Rule).WithLocation(1).WithArguments("x-ms-dynamic-values", "'list' (in query)", "'AddItem'", "api-version"));
    }
}
