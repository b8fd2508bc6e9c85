using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TriggerRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1150Tests
{
    [Fact]
    public async Task SingleAndBatchOnOperations_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "batch" } },
              "/items/changed": { "get": { "operationId": "OnChangedItem", "x-ms-trigger": "single" } } } }
            """);

    [Fact]
    public async Task PropertyNamedLikeTheExtension_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "definitions": { "Item": { "type": "object", "properties": { "x-ms-trigger": { "type": "string" } } } } }""");

    [Theory]
    [InlineData("\"Single\"")]
    [InlineData("\"polling\"")]
    [InlineData("true")]
    public async Task UnknownValue_ErrorAtTheValue(string value)
        => await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": {|#0:{{value}}|} } } } }""",
            Verify.Diagnostic(TriggerRule.UnknownValue).WithLocation(0).WithArguments("'OnNewItems'", value));

    [Fact]
    public async Task UnknownValue_MessageSaysWhatIsExpected()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/items/new": { "get": { "x-ms-trigger": {|#0:"webhook"|} } } } }""",
            Verify.Diagnostic(TriggerRule.UnknownValue).WithLocation(0)
                .WithMessage("Operation GET /items/new has x-ms-trigger \"webhook\"; expected \"single\" or \"batch\" (leave it out for an action)"));

    [Fact]
    public async Task OnAParameterOrAPathItem_Error()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/items": { {|#0:"x-ms-trigger"|}: "single",
              "get": { "operationId": "GetItems", "parameters": [ { "name": "top", "in": "query", "type": "integer", {|#1:"x-ms-trigger"|}: "single" } ] } } } }
            """,
            Verify.Diagnostic(TriggerRule.Misplaced).WithLocation(0),
            Verify.Diagnostic(TriggerRule.Misplaced).WithLocation(1));
}
