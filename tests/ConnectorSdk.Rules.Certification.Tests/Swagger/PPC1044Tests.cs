using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConnectorCategoryRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1044Tests
{
    [Fact]
    public async Task UnknownCategory_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": {|#0:"Productivity;Tools"|} } ] }
            """,
            Verify.Diagnostic(ConnectorCategoryRule.Unknown).WithLocation(0).WithArguments("Tools", "Productivity;Tools").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task SeveralUnknown_OneDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": {|#0:"Tools, Data"|} } ] }
            """,
            Verify.Diagnostic(ConnectorCategoryRule.Unknown).WithLocation(0).WithArguments("Tools, Data", "Tools, Data"));
    }

    [Fact]
    public async Task NotAString_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": {|#0:["Data"]|} } ] }
            """,
            Verify.Diagnostic(ConnectorCategoryRule.NotString).WithLocation(0).WithArguments("an array"));
    }

    [Fact]
    public async Task EveryAllowedCategory_NoDiagnostic()
    {
        foreach (var category in ValueLists.Categories)
        {
            await Verify.VerifySwaggerAsync($$"""{ "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": " {{category}} ; " } ] }""");
        }
    }

    [Fact]
    public async Task WrongCase_LeftToPPC1046()
        => await Verify.VerifySwaggerAsync("""{ "x-ms-connector-metadata": [ { "propertyName": "categories", "propertyValue": "website;it operations" } ] }""");

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": "Tools" } ] }""" });

    [Theory]
    [InlineData("{ \"x-ms-connector-metadata\": [ { \"propertyName\": \"Categories\" } ] }")]
    [InlineData("{ \"x-ms-connector-metadata\": [ { \"propertyName\": \"Categories\", \"propertyValue\": null } ] }")]
    [InlineData("{ \"x-ms-connector-metadata\": \"Tools\" }")]
    [InlineData("{ \"x-ms-connector-metadata\": [ \"Tools\" ] }")]
    public async Task MissingValuesOrOddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": "Nonsense" } ] }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
        });
}
