using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.TriggerChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7020Tests
{
    [Fact]
    public async Task TriggerKindChanged_OrActionMadeATrigger_ReportedAtTheTrigger()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""" "/new": { "get": { "operationId": "OnNewItem", "x-ms-trigger": "single", "responses": {} } }, "/items": { "get": { "operationId": "ListItems", "responses": {} } } """),
            Swaggers.With(""" "/new": { "get": { "operationId": "OnNewItem", "x-ms-trigger": {|#0:"batch"|}, "responses": {} } }, "/items": { "get": { "operationId": "ListItems", "x-ms-trigger": {|#1:"single"|}, "responses": {} } } """),
            Verify.Diagnostic().WithLocation(0).WithArguments("OnNewItem", "single", "batch"),
            Verify.Diagnostic().WithLocation(1).WithArguments("ListItems", "none", "single"));
    }

    [Fact]
    public async Task SameTrigger_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""" "/new": { "get": { "operationId": "OnNewItem", "x-ms-trigger": "single", "responses": {} } } """),
            Swaggers.With(""" "/new": { "get": { "x-ms-trigger": "single", "operationId": "OnNewItem", "responses": {} } } """));
    }
}
