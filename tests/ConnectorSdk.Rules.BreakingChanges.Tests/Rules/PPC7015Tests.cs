using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.OperationIdChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7015Tests
{
    [Fact]
    public async Task NewIdOnTheSamePathAndMethod_ReportedAtTheId()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""" "/items": { "get": { "operationId": "ListItems", "responses": {} } } """),
            Swaggers.With(""" "/items": { "get": { "operationId": {|#0:"GetItems"|}, "responses": {} } } """),
            Verify.Diagnostic().WithLocation(0).WithArguments("GET /items", "ListItems", "GetItems"));
    }

    [Fact]
    public async Task IdsSwappedBetweenOperations_OrKept_NotARename()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""" "/a": { "get": { "operationId": "A", "responses": {} } }, "/b": { "get": { "operationId": "B", "responses": {} } } """),
            Swaggers.With(""" "/a": { "get": { "operationId": "B", "responses": {} } }, "/b": { "get": { "operationId": "A", "responses": {} } } """));
    }
}
