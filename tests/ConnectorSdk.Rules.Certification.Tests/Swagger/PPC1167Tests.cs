using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicParametersRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1167Tests
{
    private const string Called = """
        "/lists": { "get": { "operationId": "GetLists", "parameters": [
            { "name": "siteId", "in": "query", "type": "string", "required": true },
            { "name": "top", "in": "query", "type": "integer" },
            { "name": "version", "in": "query", "type": "string", "required": true, "default": "1.0" } ],
          "responses": { "200": { "description": "OK" } } } },
        "/schema": { "post": { "operationId": "GetSchema", "parameters": [
            { "name": "request", "in": "body", "schema": { "type": "object", "properties": { "table": { "type": "string" },
              "options": { "type": "object", "properties": { "depth": { "type": "integer" } } } } } } ],
          "responses": { "200": { "description": "OK" } } } }
        """;

    [Fact]
    public async Task InputsOfTheCalledOperationOfTheirTypes_NoDiagnostic()
    {
        // A parameter, a body property by its path (with '/', '.', "body/" or the body's name) or the body itself; a required
        // parameter with a default may be left out; "10" is an integer as text; a called operation that does not exist is PPC1055's.
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Called}},
              "/items": { "get": { "operationId": "GetItems", "parameters": [
                { "name": "site", "in": "query", "type": "string" },
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": "site" }, "top": "10" } } },
                { "name": "view", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetLists", "parameters": { "siteId": { "value": "root" }, "top": { "value": 5 } } } },
                { "name": "a", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetSchema", "parameters": { "table": "t", "options/depth": 1, "body/table": "t", "request.options.depth": 2, "request": {} } } },
                { "name": "b", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "Missing", "parameters": { "anything": 1 } } } ],
              "responses": { "200": { "description": "OK", "schema": { "type": "object",
                "x-ms-dynamic-schema": { "operationId": "GetSchema", "parameters": { "table": { "parameter": "site" } }, "value-path": "schema" } } } } } } } }
            """);
    }

    [Fact]
    public async Task NameThatIsNoInput_ReportedOnTheName()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Called}} },
              "definitions": { "Item": { "type": "object", "properties": { "list": { "type": "string",
                "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": "root", {|#0:"site"|}: "root" } } } } },
                "Row": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "parameters": { {|#1:"options/width"|}: 1 } } } } }
            """,
            Verify.Diagnostic(DynamicParametersRule.NameNotFound).WithLocation(0).WithArguments("x-ms-dynamic-values", "property 'list'", "site", "GetLists").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("x-ms-dynamic-values on property 'list' passes 'site' to operation 'GetLists', which has no parameter or body property of that name; use the name of one of its inputs"),
            Verify.Diagnostic(DynamicParametersRule.NameNotFound).WithLocation(1).WithArguments("x-ms-dynamic-schema", "definition 'Row'", "options/width", "GetSchema"));
    }

    [Fact]
    public async Task RequiredParameterLeftOut_ReportedOnTheOperationId()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Called}} }, "parameters": {
              "List": { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": {|#0:"GetLists"|}, "parameters": { "top": 5 } } },
              "View": { "name": "view", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": {|#1:"GetLists"|} } } } }
            """,
            Verify.Diagnostic(DynamicParametersRule.RequiredMissing).WithLocation(0).WithArguments("x-ms-dynamic-values", "parameter 'List'", "GetLists", "siteId")
                .WithMessage("x-ms-dynamic-values on parameter 'List' calls operation 'GetLists' without its required parameter 'siteId'; add 'siteId' to the extension's parameters"),
            Verify.Diagnostic(DynamicParametersRule.RequiredMissing).WithLocation(1).WithArguments("x-ms-dynamic-list", "parameter 'View'", "GetLists", "siteId"));
    }

    [Fact]
    public async Task ValueOrReferenceOfAnotherType_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Called}},
              "/items": { "get": { "operationId": "GetItems", "parameters": [
                { "name": "site", "in": "query", "type": "boolean" },
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists",
                  "parameters": { "siteId": { "parameter": {|#0:"site"|} }, "top": {|#1:"ten"|} } } },
                { "name": "view", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetLists",
                  "parameters": { "siteId": "root", "top": {|#2:{ "value": true }|} } } } ],
              "responses": { "200": { "description": "OK" } } } } } }
            """,
            Verify.Diagnostic(DynamicParametersRule.ReferenceType).WithLocation(0).WithArguments("x-ms-dynamic-values", "'list' (in query)", "'GetItems'", "site", "boolean", "siteId", "GetLists", "string")
                .WithMessage("x-ms-dynamic-values on parameter 'list' (in query) of 'GetItems' passes parameter 'site' of type 'boolean' as 'siteId', but operation 'GetLists' takes 'siteId' as type 'string'"),
            Verify.Diagnostic(DynamicParametersRule.StaticType).WithLocation(1).WithArguments("x-ms-dynamic-values", "parameter 'list' of 'GetItems'", "\"ten\"", "top", "GetLists", "integer")
                .WithMessage("x-ms-dynamic-values on parameter 'list' of 'GetItems' passes \"ten\" as 'top', but operation 'GetLists' takes 'top' as type 'integer'"),
            Verify.Diagnostic(DynamicParametersRule.StaticType).WithLocation(2).WithArguments("x-ms-dynamic-list", "parameter 'view' of 'GetItems'", "{\"value\":true}", "top", "GetLists", "integer"));
    }
}
