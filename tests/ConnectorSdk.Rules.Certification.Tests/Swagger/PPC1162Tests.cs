using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicValuesResponseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1162Tests
{
    private const string Lists = """
        "/lists": { "get": { "operationId": "GetLists", "responses": {
          "401": { "description": "Unauthorized", "schema": { "type": "object", "properties": { "error": { "type": "string" } } } },
          "200": { "description": "OK", "schema": { "$ref": "#/definitions/ListPage" } } } } },
        "/tags": { "get": { "operationId": "GetTags", "responses": { "200": { "description": "OK", "schema": { "type": "array", "items": {
          "type": "object", "properties": { "id": { "type": "string" }, "owner": { "type": "object", "properties": { "name": { "type": "string" } } } } } } } } } },
        "/open": { "get": { "operationId": "GetOpen", "responses": { "200": { "description": "OK", "schema": { "type": "array", "items": {
          "allOf": [ { "$ref": "#/definitions/List" } ], "properties": { "extra": { "type": "string" } } } } } } } }
        """;

    private const string Definitions = """
        "definitions": {
          "ListPage": { "type": "object", "properties": { "Value": { "type": "array", "items": { "$ref": "#/definitions/List" } } } },
          "List": { "type": "object", "properties": { "id": { "type": "string" }, "displayName": { "type": "string" } } } }
        """;

    [Fact]
    public async Task ValuePathsToPropertiesOfTheItems_NoDiagnostic()
    {
        // Names match in any letter case; nested paths; schemas that do not say (composed items, no schema, a non-array
        // collection, a collection path that is not there) are left alone.
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Lists}},
              "/items": { "get": { "operationId": "GetItems", "parameters": [
                { "name": "a", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-collection": "value", "value-path": "ID", "value-title": "nothing" } },
                { "name": "b", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetTags", "value-path": "owner/name" } },
                { "name": "c", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetOpen", "value-path": "name" } },
                { "name": "d", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-path": "id" } },
                { "name": "e", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-collection": "items", "value-path": "id" } },
                { "name": "f", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetItems", "value-path": "id" } } ],
              "responses": { "200": { "description": "OK" } } } } },
              {{Definitions}} }
            """);
    }

    [Fact]
    public async Task ValuePathToNoPropertyOfTheItems_ReportedOnTheValuePath()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { {{Lists}} }, "parameters": {
              "List": { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-collection": "value", "value-path": {|#0:"listId"|} } },
              "Tag": { "name": "tag", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetTags", "value-path": {|#1:"owner/id"|} } } },
              {{Definitions}} }
            """,
            Verify.Diagnostic(DynamicValuesResponseRule.Rule).WithLocation(0).WithArguments("parameter 'List'", "listId", "GetLists", "listId").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("x-ms-dynamic-values on parameter 'List' reads value-path 'listId' from the items operation 'GetLists' returns, but they have no property 'listId'; use the path of one of their properties"),
            Verify.Diagnostic(DynamicValuesResponseRule.Rule).WithLocation(1).WithArguments("parameter 'Tag'", "owner/id", "GetTags", "id"));
    }
}
