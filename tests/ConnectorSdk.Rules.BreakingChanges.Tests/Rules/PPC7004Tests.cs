using ConnectorSdk.Rules.BreakingChanges.Rules;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.InputRemovedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7004Tests
{
    [Fact]
    public async Task ParameterRemoved_ReportedAtTheOperation()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer" }, { "name": "skip", "in": "query", "type": "integer" }"""),
            Swaggers.With("""
                "/items": { {|#0:"get"|}: { "operationId": "ListItems", "responses": {} } }
                """),
            Verify.Diagnostic(InputRemovedRule.ParameterRemoved).WithLocation(0).WithArguments("top", "ListItems", "query"),
            Verify.Diagnostic(InputRemovedRule.ParameterRemoved).WithLocation(0).WithArguments("skip", "ListItems", "query"));
    }

    [Fact]
    public async Task BodyProperty_RemovedFromAReferencedDefinition_ReportedAtItsProperties()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.CreateItem("""{ "$ref": "#/definitions/Item" }""", """, "definitions": { "Item": { "type": "object", "properties": { "name": { "type": "string" }, "color": { "type": "string" } } } }"""),
            Swaggers.CreateItem("""{ "$ref": "#/definitions/Item" }""", """, "definitions": { "Item": { "type": "object", "properties": {|#0:{ "name": { "type": "string" } }|} } }"""),
            Verify.Diagnostic(InputRemovedRule.BodyPropertyRemoved).WithLocation(0).WithArguments("item.color", "CreateItem"));
    }

    [Fact]
    public async Task ParameterRenamed_OrReadOnlyPropertyRemoved_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.CreateItem("""{ "type": "object", "properties": { "id": { "type": "string", "readOnly": true }, "name": { "type": "string" } } }"""),
            Swaggers.CreateItem("""{ "type": "object", "properties": { "name": { "type": "string" } } }"""));
    }

    [Fact]
    public async Task BodyOrFormParameterMovedToThePathItem_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.CreateItem("""{ "type": "object", "properties": { "name": { "type": "string" } } }"""),
            Swaggers.With("""
                "/items": {
                  "post": { "operationId": "CreateItem", "responses": { "200": { "description": "OK" } } },
                  "parameters": [ { "name": "item", "in": "body", "required": true, "schema": { "type": "object", "properties": { "name": { "type": "string" } } } } ]
                }
                """));
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With("""
                "/files": { "post": { "operationId": "Upload", "consumes": [ "multipart/form-data" ], "parameters": [ { "name": "file", "in": "formData", "type": "file" }, { "name": "title", "in": "formData", "type": "string" } ], "responses": {} } }
                """),
            Swaggers.With("""
                "/files": { "parameters": [ { "$ref": "#/parameters/file" } ], "post": { "operationId": "Upload", "consumes": [ "multipart/form-data" ], "parameters": [ { "name": "title", "in": "formData", "type": "string" } ], "responses": {} } }
                """, """, "parameters": { "file": { "name": "file", "in": "formData", "type": "file" } }"""));
    }

    [Fact]
    public async Task PathItemParameter_RemovedForEveryOperation_OverriddenOneStays()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With("""
                "/items": {
                  "parameters": [ { "name": "top", "in": "query", "type": "integer" } ],
                  "get": { "operationId": "ListItems", "responses": {} },
                  "delete": { "operationId": "DeleteItems", "parameters": [ { "name": "top", "in": "query", "type": "integer" } ], "responses": {} }
                }
                """),
            Swaggers.With("""
                "/items": {
                  {|#0:"get"|}: { "operationId": "ListItems", "responses": {} },
                  "delete": { "operationId": "DeleteItems", "parameters": [ { "name": "top", "in": "query", "type": "integer" } ], "responses": {} }
                }
                """),
            Verify.Diagnostic(InputRemovedRule.ParameterRemoved).WithLocation(0).WithArguments("top", "ListItems", "query"));
    }
}
