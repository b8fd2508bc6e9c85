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
}
