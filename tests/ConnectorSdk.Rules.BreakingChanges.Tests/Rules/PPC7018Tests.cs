using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.InputEnumValuesRemovedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7018Tests
{
    [Fact]
    public async Task ValuesRemoved_ReportedAtTheEnum()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string", "enum": [ "open", "closed", "archived" ] }"""),
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string", "enum": {|#0:[ "closed", "open" ]|} }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("status", "ListItems", "\"archived\""));
    }

    [Fact]
    public async Task ValuesReordered_OrAdded_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string", "enum": [ "open", "closed" ] }"""),
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string", "enum": [ "closed", "open", "archived" ] }"""));
    }
}
