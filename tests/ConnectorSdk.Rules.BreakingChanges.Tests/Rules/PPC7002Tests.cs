using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.OperationPathChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7002Tests
{
    [Fact]
    public async Task PathOrMethodChanged_ReportedAtTheOperation()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With("""
                "/items/{id}": { "get": { "operationId": "GetItem", "responses": {} }, "delete": { "operationId": "DeleteItem", "responses": {} } }
                """),
            Swaggers.With("""
                "/v2/items/{id}": { {|#0:"get"|}: { "operationId": "GetItem", "responses": {} } },
                "/items/{id}": { {|#1:"post"|}: { "operationId": "DeleteItem", "responses": {} } }
                """),
            Verify.Diagnostic().WithLocation(0).WithArguments("GetItem", "GET /items/{id}", "GET /v2/items/{id}"),
            Verify.Diagnostic().WithLocation(1).WithArguments("DeleteItem", "DELETE /items/{id}", "POST /items/{id}"));
    }

    [Fact]
    public async Task PathVariableRenamed_OrKeysReordered_NotAMove()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With("""
                "/items/{id}": { "get": { "operationId": "GetItem", "responses": {} } }
                """),
            Swaggers.With("""
                "/items/{itemId}": { "get": { "responses": {}, "operationId": "GetItem" } }
                """));
    }
}
