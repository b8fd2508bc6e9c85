using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummaryEndRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1060Tests
{
    [Theory]
    [InlineData("Get items")]
    [InlineData("Get items (V2)")]
    [InlineData("Get items (deprecated)")]
    [InlineData("Get item 2")]
    public async Task EndsWithLetterDigitOrParenthesis_NoDiagnostic(string summary)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": "{{summary}}" } } } }""");

    [Theory]
    [InlineData("Get items.", "'.'")]
    [InlineData("Get items ", "a space")]
    [InlineData("Get items [deprecated]", "']'")]
    [InlineData("Get items\\n", "a line feed")]
    public async Task OtherEnding_WarningNamingTheCharacter(string summary, string ending)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "GetItems", "summary": {|#0:"{{summary}}"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'GetItems'", summary.Replace("\\n", "\n", StringComparison.Ordinal), ending).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task RestrictedEnding_LeftToPPC1058()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": "Is it done?" } } } }""");

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "Get a." } } } }""" });
}
