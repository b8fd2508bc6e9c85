using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.ParameterLocationChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7003Tests
{
    [Fact]
    public async Task ParameterMovedFromQueryToHeader_ReportedAtItsLocation()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer" }"""),
            Swaggers.ListItems("""{ "name": "top", "in": {|#0:"header"|}, "type": "integer" }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("top", "ListItems", "query", "header"));
    }

    [Fact]
    public async Task PathLevelParameter_MovedIntoTheOperation_SameLocation_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With("""
                "/items/{id}": { "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ], "get": { "operationId": "GetItem", "responses": {} } }
                """),
            Swaggers.With("""
                "/items/{id}": { "get": { "operationId": "GetItem", "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ], "responses": {} } }
                """));
    }
}
