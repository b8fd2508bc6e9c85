using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationProductNameRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1066Tests
{
    [Theory]
    [InlineData("Create a task", "Creates a task in the project.")]
    [InlineData("List apps", "Lists the apps you automate with the service.")]
    [InlineData("Get flows", "Gets the Power BI reports and PowerApps-like forms.")]
    public async Task NoValidatorProductName_NoDiagnostic(string summary, string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "{{summary}}", "description": "{{description}}" } } } }""");

    [Fact]
    public async Task ProductNames_ErrorOnEachText_NamingThem()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/a": { "post": { "operationId": "Notify",
              "summary": {|#0:"Notify Power Automate"|},
              "description": {|#1:"Sends an event to power  apps or Logic Apps."|} } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'Notify'", "summary", "'Power Automate'").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Notify'", "description", "'Power Apps' and 'Logic Apps'"));
    }

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "swagger": "2.0", "paths": { "/a": { "post": { "summary": "Run a Power Automate flow" } } } }""",
            ApiProperties = MicrosoftConnector.ApiProperties(publisher),
        });
    }

    [Fact]
    public async Task CustomConnector_Warning()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "post": { "summary": {|#0:"Run in Power Apps"|} } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
    }
}
