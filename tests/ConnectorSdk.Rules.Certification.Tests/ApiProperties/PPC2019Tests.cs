using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.PolicyParameterValueRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2019Tests
{
    [Theory]
    [InlineData("x-ms-apimTemplateParameter.existsAction", "override")]
    [InlineData("x-ms-apimTemplateParameter.existsAction", "Append")]
    [InlineData("x-ms-apimTemplateParameter.httpMethod", "@Request.OriginalHTTPMethod")]
    [InlineData("x-ms-apimTemplateParameter.httpMethod", "delete")]
    public async Task AllowedValues_NoDiagnostic(string name, string value)
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances(PolicyJson.SetHeader($$""", "{{name}}": "{{value}}" """)));
    }

    [Theory]
    [InlineData("x-ms-apimTemplateParameter.existsAction", "\"replace\"", "'override', 'skip' and 'append'")]
    [InlineData("x-ms-apimTemplateParameter.httpMethod", "\"TRACE\"", "'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD' and '@Request.OriginalHTTPMethod'")]
    [InlineData("x-ms-apimTemplateParameter.existsAction", "true", "'override', 'skip' and 'append'")]
    public async Task OtherValues_ReportedOnTheValue(string name, string value, string allowed)
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances(PolicyJson.SetHeader($$""", "{{name}}": {|#0:{{value}}|} """)),
            Verify.Diagnostic().WithLocation(0).WithArguments("policyTemplateInstances[0] (setheader)", name, value, allowed));
    }

    [Fact]
    public async Task PolicySection_Checked()
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances(
            """{ "templateId": "setproperty", "parameters": { "x-ms-apimTemplate-policySection": [|"Before"|] } }"""));
    }
}
