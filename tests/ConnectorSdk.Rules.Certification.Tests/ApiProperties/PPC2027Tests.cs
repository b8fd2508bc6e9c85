using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.PolicyTemplateCaseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2027Tests
{
    [Theory]
    [InlineData("dynamicHostUrl", "dynamichosturl")]
    [InlineData("SetProperty", "setproperty")]
    public async Task OtherCasing_ASuggestionNamingTheDocumentedId(string templateId, string documented)
    {
        await Verify.VerifyApiPropertiesAsync(
            PolicyJson.WithInstances($$"""{ "templateId": {|#0:"{{templateId}}"|} }"""),
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments($"\"{templateId}\"", documented));
    }

    [Theory]
    [InlineData("setheader")]
    [InlineData("unknownTemplate")]
    public async Task DocumentedOrUnknown_NoDiagnostic(string templateId)
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances($$"""{ "templateId": "{{templateId}}" }"""));
    }
}
