using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.InputEnumAddedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7009Tests
{
    [Fact]
    public async Task EnumAddedToAnInput_ReportedAtTheEnum()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string" }"""),
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string", "enum": {|#0:[ "open", "closed" ]|} }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("status", "ListItems", "\"open\", \"closed\""));
    }

    [Fact]
    public async Task EnumKept_OrWidened_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string", "enum": [ "open" ] }"""),
            Swaggers.ListItems("""{ "name": "status", "in": "query", "type": "string", "enum": [ "open", "closed" ] }"""));
    }
}
