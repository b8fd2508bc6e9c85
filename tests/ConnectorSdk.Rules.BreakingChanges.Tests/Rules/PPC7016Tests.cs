using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.ParameterRenamedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7016Tests
{
    [Fact]
    public async Task OnlyParameterRemovedAndAddedInALocation_ARename_ReportedAtTheNewName()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "Accept-Type", "in": "header", "type": "string" }, { "name": "top", "in": "query", "type": "integer" }"""),
            Swaggers.ListItems("""{ "name": {|#0:"Accept"|}, "in": "header", "type": "string" }, { "name": "top", "in": "query", "type": "integer" }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("Accept-Type", "ListItems", "Accept"));
    }

    [Fact]
    public async Task TwoRemovedAndTwoAdded_NotGuessed()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "a", "in": "query", "type": "string" }, { "name": "b", "in": "query", "type": "string" }"""),
            Swaggers.ListItems("""{ "name": "c", "in": "query", "type": "string" }, { "name": "d", "in": "query", "type": "string" }"""));
    }
}
