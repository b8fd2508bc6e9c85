using ConnectorSdk.Rules.BreakingChanges.Rules;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.UpdateClassRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7013Tests
{
    private const string Items = """
        "/items": { "get": { "operationId": "ListItems", "summary": "List items", "responses": { "200": { "description": "OK" } } } }
        """;

    [Fact]
    public async Task OnlyDescriptionsAndSummaries_AMinorUpdate_OnTheFile()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(Items),
            Swaggers.With(Items.Replace("List items", "List the items", StringComparison.Ordinal).Replace("\"OK\"", "\"The items\"", StringComparison.Ordinal)),
            Verify.Diagnostic(UpdateClassRule.Minor).WithFile("apiDefinition.swagger.json").WithArguments(2));
    }

    [Fact]
    public async Task AnyOtherChange_AMajorUpdate_AtTheFirstChange()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(Items),
            Swaggers.With(Items.Replace("\"ListItems\"", "{|#0:\"GetItems\"|}", StringComparison.Ordinal)),
            Verify.Diagnostic(UpdateClassRule.Major).WithLocation(0).WithArguments("/paths/~1items/get/operationId", 0));
    }

    [Fact]
    public async Task SameDocument_KeysReordered_NothingReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(Items),
            """{ "paths": { "/items": { "get": { "responses": { "200": { "description": "OK" } }, "summary": "List items", "operationId": "ListItems" } } }, "basePath": "/", "host": "api.contoso.com", "info": { "version": "1.0", "title": "Contoso" }, "swagger": "2.0" }""");
    }
}
