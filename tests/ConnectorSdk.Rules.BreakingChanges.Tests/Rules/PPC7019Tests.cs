using ConnectorSdk.Rules.BreakingChanges.Rules;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.MadeInternalRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7019Tests
{
    [Fact]
    public async Task OperationAndParameter_MadeInternal_ReportedAtTheVisibility()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""" "/items": { "get": { "operationId": "ListItems", "x-ms-visibility": "important", "parameters": [ { "name": "top", "in": "query", "type": "integer" } ], "responses": {} } } """),
            Swaggers.With(""" "/items": { "get": { "operationId": "ListItems", "x-ms-visibility": {|#0:"internal"|}, "parameters": [ { "name": "top", "in": "query", "type": "integer", "x-ms-visibility": {|#1:"internal"|} } ], "responses": {} } } """),
            Verify.Diagnostic(MadeInternalRule.Operation).WithLocation(0).WithArguments("ListItems", "important"),
            Verify.Diagnostic(MadeInternalRule.Input).WithLocation(1).WithArguments("top", "ListItems", "none"));
    }

    [Fact]
    public async Task AlreadyInternal_OrMadeAdvanced_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""" "/items": { "get": { "operationId": "ListItems", "x-ms-visibility": "internal", "responses": {} } } """),
            Swaggers.With(""" "/items": { "get": { "operationId": "ListItems", "x-ms-visibility": "internal", "responses": {} } }, "/other": { "get": { "operationId": "Other", "x-ms-visibility": "advanced", "responses": {} } } """));
    }
}
