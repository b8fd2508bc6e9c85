using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummaryDescriptionRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1065Tests
{
    [Fact]
    public async Task DescriptionAddsToTheSummary_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": "Get items", "description": "Gets the items of a list." } } } }""");

    [Theory]
    [InlineData("Get items", "Get items")]
    [InlineData("Get items", "get items.")]
    [InlineData("Get items ", "  Get items. ")]
    public async Task SameText_WarningOnTheDescription(string summary, string description)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "GetItems", "summary": "{{summary}}", "description": {|#0:"{{description}}"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'GetItems'", summary).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"Get items\"", "42")]
    [InlineData("\".\"", "\"\"")]
    public async Task EmptyOrNotStrings_NoDiagnostic(string summary, string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": {{summary}}, "description": {{description}} } } } }""");

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "Get a", "description": "Get a" } } } }""" });
}
