using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.ScriptFileMissingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2022Tests
{
    private const string Script = """
        public class Script : ScriptBase
        {
            public override Task<HttpResponseMessage> ExecuteAsync() => Context.SendAsync(Context.Request, CancellationToken);
        }
        """;

    [Theory]
    [InlineData("[ \"ListItems\" ]")]
    [InlineData("[]")]
    public async Task ScriptOperationsWithoutScript_ReportedOnTheName(string operations)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "iconBrandColor": "#1f6fb2", {|#0:"scriptOperations"|}: {{operations}} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "'scriptOperations' sends operations through custom code, but the connector has no script.csx; add the script, or remove 'scriptOperations' if the connector has no custom code"));
    }

    [Fact]
    public async Task ScriptOperationsWithScript_NoDiagnostic()
    {
        var test = new ConnectorTest { ApiProperties = """{ "properties": { "scriptOperations": [ "ListItems" ] } }""" };
        test.AdditionalFiles[ConnectorFileKind.Script] = Script;
        await Verify.VerifyAsync(test);
    }

    [Fact]
    public async Task ScriptWithoutScriptOperations_NoDiagnostic()
    {
        // Accepted connectors have a script and no scriptOperations.
        var test = new ConnectorTest { ApiProperties = """{ "properties": { "iconBrandColor": "#1f6fb2" } }""" };
        test.AdditionalFiles[ConnectorFileKind.Script] = Script;
        await Verify.VerifyAsync(test);
    }

    [Theory]
    [InlineData("{ \"properties\": { } }")]
    [InlineData("{ \"properties\": { \"scriptOperations\": \"ListItems\" } }")]
    [InlineData("{ \"properties\": { \"scriptOperations\": null } }")]
    [InlineData("{ \"scriptOperations\": [] }")]
    public async Task NoScriptOperationsList_NoDiagnostic(string apiProperties)
    {
        await Verify.VerifyApiPropertiesAsync(apiProperties);
    }

    [Fact]
    public async Task CustomConnectorsToo_InDefaultMode()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Mode = AnalysisMode.Default,
            ApiProperties = """{ "properties": { [|"scriptOperations"|]: [] } }""",
        });
    }
}
