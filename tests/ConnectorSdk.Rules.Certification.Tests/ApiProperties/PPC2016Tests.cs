using ConnectorSdk.Rules.Certification.ApiProperties;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.PolicyInstanceShapeRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2016Tests
{
    [Fact]
    public async Task WellFormedInstances_NoDiagnostic()
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances(
            PolicyJson.SetHeader(""", "x-ms-apimTemplate-operationName": [ "ListItems" ], "x-ms-apimTemplateParameter.existsAction": "override" """)
            + """, { "templateId": "dynamichosturl", "parameters": { "x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters('host')" } }"""
            + """, { "templateId": "setconnectionstatustounauthenticated" }"""));
    }

    [Fact]
    public async Task MissingTemplateId_ReportedOnTheInstance()
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances("""{|#0:{ "title": "Host", "parameters": { } }|}"""),
            Verify.Diagnostic(PolicyInstanceShapeRule.TemplateIdMissing).WithLocation(0).WithMessage(
                "policyTemplateInstances[0] has no 'templateId'; give the id of a policy template, e.g. \"setheader\""));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    [InlineData("null")]
    [InlineData("[\"setheader\"]")]
    public async Task TemplateIdNotAnId_ReportedOnTheValue(string templateId)
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances($$"""{ "templateId": {|#0:{{templateId}}|} }"""),
            Verify.Diagnostic(PolicyInstanceShapeRule.TemplateIdNotValid).WithLocation(0));
    }

    [Theory]
    [InlineData("x-ms-apimTemplateParameter.header name")]
    [InlineData("x-ms-apimTemplateParameter.")]
    [InlineData("name")]
    [InlineData("x-ms-apimTemplate-operationNames")]
    public async Task OtherParameterNames_ReportedOnTheName(string name)
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances(PolicyJson.SetHeader($$""", {|#0:"{{name}}"|}: "x" """)),
            Verify.Diagnostic(PolicyInstanceShapeRule.ParameterNameNotValid).WithLocation(0).WithArguments("policyTemplateInstances[0] (setheader)", name));
    }

    [Theory]
    [InlineData("\"ListItems\"")]
    [InlineData("[ \"ListItems\", 1 ]")]
    [InlineData("null")]
    public async Task OperationNamesNotAnArrayOfStrings_ReportedOnTheValue(string names)
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances(PolicyJson.SetHeader($$""", "x-ms-apimTemplate-operationName": {|#0:{{names}}|} """)),
            Verify.Diagnostic(PolicyInstanceShapeRule.OperationNamesNotValid).WithLocation(0));
    }

    [Fact]
    public async Task ParametersNotAnObject_ReportedOnTheValue()
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances("""{ "templateId": "setheader", "parameters": {|#0:[]|} }"""),
            Verify.Diagnostic(PolicyInstanceShapeRule.ParametersNotObject).WithLocation(0).WithArguments("policyTemplateInstances[0] (setheader)", "an array"));
    }

    [Theory]
    [InlineData("{ \"properties\": { \"policyTemplateInstances\": {} } }")]
    [InlineData("{ \"properties\": { \"policyTemplateInstances\": [ \"setheader\", null ] } }")]
    public async Task OtherShapes_NotChecked(string apiProperties)
    {
        await Verify.VerifyApiPropertiesAsync(apiProperties);
    }
}
