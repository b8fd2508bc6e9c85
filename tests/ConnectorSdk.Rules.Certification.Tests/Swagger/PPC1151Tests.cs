using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TriggerHintRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1151Tests
{
    [Fact]
    public async Task StringHintOnATrigger_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "batch", "x-ms-trigger-hint": "To see it work now, create an item." } } } }
            """);

    [Fact]
    public async Task OnAnAction_Warning()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "GetItems", {|#0:"x-ms-trigger-hint"|}: "Create an item." } } } }""",
            Verify.Diagnostic(TriggerHintRule.NotTrigger).WithLocation(0).WithArguments("'GetItems'"));

    [Fact]
    public async Task OnAParameter_Warning()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/items/new": { "get": { "x-ms-trigger": "single", "parameters": [ { "name": "top", "in": "query", "type": "integer", {|#0:"x-ms-trigger-hint"|}: "Hint" } ] } } } }""",
            Verify.Diagnostic(TriggerHintRule.Misplaced).WithLocation(0));

    [Fact]
    public async Task NotAString_Warning()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "single", "x-ms-trigger-hint": {|#0:[ "Create an item." ]|} } } } }""",
            Verify.Diagnostic(TriggerHintRule.NotString).WithLocation(0).WithArguments("'OnNewItems'", "an array"));
}
