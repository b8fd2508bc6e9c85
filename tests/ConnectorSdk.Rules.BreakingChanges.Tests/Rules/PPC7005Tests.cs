using ConnectorSdk.Rules.BreakingChanges.Rules;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.RequiredInputAddedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7005Tests
{
    [Fact]
    public async Task RequiredParameterAdded_ReportedAtIt()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer" }"""),
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer" }, {|#0:{ "name": "region", "in": "header", "type": "string", "required": true }|}"""),
            Verify.Diagnostic(RequiredInputAddedRule.ParameterAdded).WithLocation(0).WithArguments("region", "ListItems", "header"));
    }

    [Fact]
    public async Task RequiredBodyPropertyAdded_ReportedAtIt()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.CreateItem("""{ "type": "object", "properties": { "name": { "type": "string" } } }"""),
            Swaggers.CreateItem("""{ "type": "object", "required": [ "color" ], "properties": { "name": { "type": "string" }, "color": {|#0:{ "type": "string" }|} } }"""),
            Verify.Diagnostic(RequiredInputAddedRule.BodyPropertyAdded).WithLocation(0).WithArguments("item.color", "CreateItem"));
    }

    [Fact]
    public async Task OptionalInput_OrInternalWithADefault_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "top", "in": "query", "type": "integer" }"""),
            Swaggers.ListItems("""
                { "name": "top", "in": "query", "type": "integer" },
                { "name": "skip", "in": "query", "type": "integer" },
                { "name": "api-version", "in": "query", "type": "string", "required": true, "x-ms-visibility": "internal", "default": "2024-01-01" }
                """));
    }
}
