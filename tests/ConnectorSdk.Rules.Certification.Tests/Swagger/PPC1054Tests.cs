using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationIdCaseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1054Tests
{
    [Theory]
    [InlineData("ListItems")]
    [InlineData("V2ListItems")]
    [InlineData("2ListItems")]
    [InlineData("list_items")]
    public async Task PascalCase_OrLeftToPPC1052_NoDiagnostic(string id)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "{{id}}" } } } }""");

    [Fact]
    public async Task LowerCaseStart_SuggestionWithThePascalCaseForm()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": {|#0:"listItems"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("listItems", "ListItems").WithSeverity(DiagnosticSeverity.Info));
    }

    [Fact]
    public async Task RecommendedMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Recommended, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "getA" } } } }""" });
}
