using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.PolicyOperationMissingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2018Tests
{
    private static Task VerifyAsync(string apiProperties, params DiagnosticResult[] expected)
        => Verify.VerifyAsync(new ConnectorTest { Swagger = PolicyJson.Swagger, ApiProperties = apiProperties }, expected);

    [Theory]
    [InlineData("[ \"ListItems\", \"CreateItem\" ]")]
    [InlineData("[]")]
    [InlineData("[ 1 ]")]
    public async Task ExistingOrNoOperations_NoDiagnostic(string names)
    {
        await VerifyAsync(PolicyJson.WithInstances(PolicyJson.SetHeader($$""", "x-ms-apimTemplate-operationName": {{names}} """)));
    }

    [Fact]
    public async Task UnknownOperation_ReportedOnTheEntry()
    {
        await VerifyAsync(
            PolicyJson.WithInstances(PolicyJson.SetHeader(""", "x-ms-apimTemplate-operationName": [ "ListItems", {|#0:"listItems"|} ] """)),
            Verify.Diagnostic().WithLocation(0).WithMessage(
                "policyTemplateInstances[0] (setheader) lists \"listItems\" in x-ms-apimTemplate-operationName, but no operation in apiDefinition.swagger.json has that operationId; list existing operationIds, or an empty array for every operation"));
    }

    [Fact]
    public async Task NoSwagger_NotChecked()
    {
        await Verify.VerifyApiPropertiesAsync(PolicyJson.WithInstances(PolicyJson.SetHeader(""", "x-ms-apimTemplate-operationName": [ "Nope" ] """)));
    }
}
