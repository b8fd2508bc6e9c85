using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.OutputRemovedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7006Tests
{
    [Fact]
    public async Task OutputFieldRemoved_InArrayItems_ReportedAtTheProperties()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("", """{ "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" } } } }"""),
            Swaggers.ListItems("", """{ "type": "array", "items": { "type": "object", "properties": {|#0:{ "id": { "type": "string" } }|} } }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("body[].name", "ListItems"));
    }

    [Fact]
    public async Task FieldAdded_InternalFieldRemoved_OrDynamicSchema_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("", """{ "type": "object", "properties": { "id": { "type": "string" }, "etag": { "type": "string", "x-ms-visibility": "internal" } } }"""),
            Swaggers.ListItems("", """{ "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" } } }"""));
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("", """{ "type": "object", "properties": { "id": { "type": "string" } } }"""),
            Swaggers.ListItems("", """{ "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "schema" } }"""));
    }
}
