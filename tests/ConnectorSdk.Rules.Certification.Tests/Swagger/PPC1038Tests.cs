using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DescriptionProductNameRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1038Tests
{
    [Fact]
    public async Task ValidatorsProductNames_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "description": {|#0:"Use Contoso tasks from Power Automate flows, Logic Apps and power  apps."|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Power Apps', 'Power Automate' and 'Logic Apps'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("Contoso's API manages tasks for your team.")]
    [InlineData("Contoso connector to manage tasks and projects.")]
    [InlineData("Contoso powers apps that manage your tasks.")]
    [InlineData("Brings Contoso tasks to the Power Platform, Copilot Studio and PowerApps.")]
    public async Task NoneOfTheValidatorsNames_NoDiagnostic(string description)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "description": "{{description}}" } }""");

    [Fact]
    public async Task CustomConnector_Warning()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Swagger = """{ "info": { "description": {|#0:"Sends Contoso tasks to Power Automate."|} } }""",
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning) },
        });
    }

    [Theory]
    [InlineData("{ \"info\": { \"description\": 12 } }")]
    [InlineData("{ \"info\": { \"description\": [\"Power Apps\"] } }")]
    [InlineData("{ \"info\": \"Power Apps\" }")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
