using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConnectorCategoryCountRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1045Tests
{
    [Fact]
    public async Task ThreeCategories_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": {|#0:"Data;Productivity;AI"|} } ] }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Data;Productivity;AI", 3).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("Data")]
    [InlineData("Data;Productivity")]
    [InlineData("Data; Productivity;")]
    [InlineData("")]
    public async Task AtMostTwo_NoDiagnostic(string categories)
        => await Verify.VerifySwaggerAsync($$"""{ "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": "{{categories}}" } ] }""");

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": "Data;AI;Finance" } ] }""" });

    [Theory]
    [InlineData("{ \"x-ms-connector-metadata\": [ { \"propertyName\": \"Categories\", \"propertyValue\": [\"Data\", \"AI\", \"Finance\"] } ] }")]
    [InlineData("{ \"x-ms-connector-metadata\": 3 }")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "x-ms-connector-metadata": [ { "propertyName": "Categories", "propertyValue": "AI;Data;Finance" } ] }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
        });
}
