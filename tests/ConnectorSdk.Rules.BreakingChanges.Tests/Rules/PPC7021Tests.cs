using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.DynamicSourceChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7021Tests
{
    [Fact]
    public async Task DynamicValuesCallAnotherOperation_ReportedAtTheExtension()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "group", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "ListGroups", "value-path": "id" } }"""),
            Swaggers.ListItems("""{ "name": "group", "in": "query", "type": "string", "x-ms-dynamic-values": {|#0:{ "operationId": "ListTeams", "value-path": "id" }|} }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("x-ms-dynamic-values", "group", "ListItems", "ListGroups", "ListTeams"));
    }

    [Fact]
    public async Task SameOperation_OtherValuePath_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "group", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "ListGroups", "value-path": "id" } }"""),
            Swaggers.ListItems("""{ "name": "group", "in": "query", "type": "string", "x-ms-dynamic-values": { "value-path": "groupId", "operationId": "ListGroups" } }"""));
    }
}
