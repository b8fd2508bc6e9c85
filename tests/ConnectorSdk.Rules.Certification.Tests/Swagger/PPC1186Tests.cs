using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DescriptionOtherProductNameRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1186Tests
{
    [Fact]
    public async Task OtherProductNames_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "description": {|#0:"Brings Contoso tasks to the Power Platform, Copilot Studio and PowerApps."|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'PowerApps', 'Power Platform' and 'Copilot Studio'").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("Use Contoso tasks from Power Automate flows and Logic Apps.")]
    [InlineData("Contoso manages tasks for your team.")]
    public async Task ValidatorsNamesOrNone_NotThisRule(string description)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "description": "{{description}}" } }""");

    [Fact]
    public async Task ConfiguredList_ValidatorsNamesStayPPC1038s()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Swagger = """{ "info": { "description": {|#0:"Contoso for Power Apps and Contoso Cloud."|} } }""",
                EditorConfig = "[*]\nconnectorsdk.restricted_product_names = Power Apps, Contoso Cloud",
            },
            Verify.Diagnostic().WithLocation(0).WithMessage("The connector description names 'Contoso Cloud'; describe the service the connector calls rather than the products it is used from"));
    }

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "info": { "description": "Contoso for Copilot Studio." } }""" });

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { "description": "Contoso for Copilot Studio." } }""" });
}
