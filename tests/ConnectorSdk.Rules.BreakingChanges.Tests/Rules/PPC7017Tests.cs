using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.InputBecameRequiredRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7017Tests
{
    [Fact]
    public async Task ParameterAndBodyProperty_MadeRequired_Reported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer" }"""),
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer", "required": {|#0:true|} }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("top", "ListItems"));
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.CreateItem("""{ "type": "object", "properties": { "name": { "type": "string" } } }"""),
            Swaggers.CreateItem("""{ "type": "object", "required": {|#0:[ "name" ]|}, "properties": { "name": { "type": "string" } } }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("item.name", "CreateItem"));
    }

    [Fact]
    public async Task RequiredMadeOptional_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer", "required": true }"""),
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer" }"""));
    }
}
