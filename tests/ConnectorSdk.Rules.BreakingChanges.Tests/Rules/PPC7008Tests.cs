using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.OutputEnumRemovedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7008Tests
{
    [Fact]
    public async Task OutputEnumRemoved_ReportedAtTheField()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("", """{ "type": "object", "properties": { "status": { "type": "string", "enum": [ "open", "closed" ] } } }"""),
            Swaggers.ListItems("", """{ "type": "object", "properties": { "status": {|#0:{ "type": "string" }|} } }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("body.status", "ListItems", "\"open\", \"closed\""));
    }

    [Fact]
    public async Task BooleanEnum_OrValuesAdded_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("", """{ "type": "object", "properties": { "done": { "type": "boolean", "enum": [ true, false ] }, "status": { "type": "string", "enum": [ "open" ] } } }"""),
            Swaggers.ListItems("", """{ "type": "object", "properties": { "done": { "type": "boolean" }, "status": { "type": "string", "enum": [ "open", "closed" ] } } }"""));
    }
}
