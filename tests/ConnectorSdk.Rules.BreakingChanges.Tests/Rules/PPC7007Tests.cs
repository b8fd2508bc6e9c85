using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.OutputTypeChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7007Tests
{
    [Fact]
    public async Task OutputTypeOrFormatChanged_ReportedAtTheType()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("", """{ "type": "object", "properties": { "id": { "type": "string" }, "created": { "type": "string", "format": "date" } } }"""),
            Swaggers.ListItems("", """{ "type": "object", "properties": { "id": { "type": {|#0:"integer"|}, "format": "int32" }, "created": { "type": {|#1:"string"|}, "format": "date-time" } } }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("body.id", "ListItems", "string", "integer (int32)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("body.created", "ListItems", "string (date)", "string (date-time)"));
    }

    [Fact]
    public async Task TypeOrFormatGivenWhereThereWasNone_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.ListItems("", """{ "type": "object", "properties": { "id": {}, "created": { "type": "string" } } }"""),
            Swaggers.ListItems("", """{ "type": "object", "properties": { "id": { "type": "string" }, "created": { "type": "string", "format": "date-time" } } }"""));
    }
}
