using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.PolicyTemplateUnknownRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2026Tests
{
    [Theory]
    [InlineData("setheader")]
    [InlineData("SetProperty")]
    [InlineData("dynamicsubdomain")]
    [InlineData("moveproperties")]
    public async Task KnownTemplates_NoDiagnostic(string templateId)
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances($$"""{ "templateId": "{{templateId}}" }"""));
    }

    [Fact]
    public async Task UnknownTemplate_AWarningOnTheTemplateId()
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances("""{ "templateId": {|#0:"set-header"|} }"""),
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("policyTemplateInstances[0] (set-header)", "\"set-header\""));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("3")]
    public async Task NotAnId_LeftToPPC2016(string templateId)
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances($$"""{ "templateId": {{templateId}} }"""));
    }
}
