using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.PolicyRequiredParametersRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2017Tests
{
    [Fact]
    public async Task RequiredParametersPresent_NoDiagnostic()
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances(
            PolicyJson.SetHeader()
            + """, { "templateId": "DynamicHostUrl", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters('host')" } }"""
            + """, { "templateId": "routerequesttoendpoint", "parameters": { "x-ms-apimTemplateParameter.newPath": "/v2/items" } }"""
            + """, { "templateId": "unknowntemplate" }"""));
    }

    [Fact]
    public async Task MissingParameters_AllNamedOnTheParametersName()
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances("""{ "templateId": "setheader", {|#0:"parameters"|}: { "x-ms-apimTemplateParameter.name": "api-version" } }"""),
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "policyTemplateInstances[0] (setheader) lacks the parameters 'x-ms-apimTemplateParameter.value' and 'x-ms-apimTemplate-policySection'; the template requires them, add them to its parameters"));
    }

    [Fact]
    public async Task NoParameters_ReportedOnTheInstance()
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances("""{|#0:{ "templateId": "setQueryParameter" }|}"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("policyTemplateInstances[0] (setQueryParameter)", "'x-ms-apimTemplateParameter.name' and 'x-ms-apimTemplateParameter.value'"));
    }
}
