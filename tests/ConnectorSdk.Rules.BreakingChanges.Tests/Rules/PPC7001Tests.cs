using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.OperationDeletedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7001Tests
{
    private const string Both = """
        "/items": { "get": { "operationId": "ListItems", "responses": {} }, "delete": { "operationId": "DeleteItems", "responses": {} } }
        """;

    [Fact]
    public async Task OperationGone_ReportedAtItsPathItem()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(Both),
            Swaggers.With("""{|#0:"/items"|}: { "get": { "operationId": "ListItems", "responses": {} } }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("DeleteItems", "DELETE /items"));
    }

    [Fact]
    public async Task PathGone_ReportedOnTheFile()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(Both),
            Swaggers.With(""),
            Verify.Diagnostic().WithFile("apiDefinition.swagger.json").WithArguments("ListItems", "GET /items"),
            Verify.Diagnostic().WithFile("apiDefinition.swagger.json").WithArguments("DeleteItems", "DELETE /items"));
    }

    [Fact]
    public async Task OperationMovedOrRenamed_OrAdded_NotADeletion()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(Both),
            Swaggers.With("""
                "/v2/items": { "get": { "operationId": "ListItems", "responses": {} } },
                "/items": { "delete": { "operationId": "RemoveItems", "responses": {} }, "post": { "operationId": "CreateItem", "responses": {} } }
                """));
    }
}
