using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.InputTypeChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7010Tests
{
    [Fact]
    public async Task ParameterAndBodyPropertyTypeChanged_ReportedAtTheType()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "count", "in": "query", "type": "string" }"""),
            Swaggers.ListItems("""{ "name": "count", "in": "query", "type": {|#0:"integer"|} }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("count", "ListItems", "string", "integer"));
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.CreateItem("""{ "type": "object", "properties": { "tags": { "type": "array", "items": { "type": "string" } } } }"""),
            Swaggers.CreateItem("""{ "type": "object", "properties": { "tags": { "type": "array", "items": { "type": {|#0:"integer"|} } } } }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("item.tags[]", "CreateItem", "string", "integer"));
    }

    [Fact]
    public async Task SameTypeWrittenDifferently_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.CreateItem("""{ "type": "object", "properties": { "name": { "type": "string" } } }"""),
            Swaggers.CreateItem("""{ "$ref": "#/definitions/Item" }""", """, "definitions": { "Item": { "properties": { "name": { "type": "string", "description": "The name." } }, "type": "object" } }"""));
    }

    [Fact]
    public async Task FormatChanged_ReportedAtTheType_FormatGivenWhereThereWasNone_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("""{ "name": "since", "in": "query", "type": "string", "format": "date" }, { "name": "top", "in": "query", "type": "integer" }"""),
            Swaggers.ListItems("""{ "name": "since", "in": "query", "type": {|#0:"string"|}, "format": "date-time" }, { "name": "top", "in": "query", "type": "integer", "format": "int32" }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("since", "ListItems", "string (date)", "string (date-time)"));
    }
}
