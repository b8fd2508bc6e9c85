using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ParameterSummaryStyleRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1092Tests : ParameterPlacementTests<ParameterSummaryStyleRule>
{
    protected override string DefectiveParameter => """{ "name": "id", "in": "path", "required": true, "type": "string", "x-ms-summary": {|#0:"Item id"|} }""";

    protected override DiagnosticDescriptor Expected => ParameterSummaryStyleRule.NotTitleCase;

    [Theory]
    [InlineData("Item ID")]
    [InlineData("Number of Items to Return")]
    [InlineData("Start Date (UTC)")]
    [InlineData("2nd Address Line")]
    public async Task TitleCaseWithinTheLimit_NoDiagnostic(string summary)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": "{{summary}}" } ] } } } }""");
    }

    [Theory]
    [InlineData("Case code", "code")]
    [InlineData("of the Item", "of")]
    [InlineData("Include inactive?", "inactive?")]
    public async Task LowerCaseWord_WarnedAtTheSummary(string summary, string word)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": {|#0:"{{summary}}"|} } ] } } } }
            """,
            Verify.Diagnostic(ParameterSummaryStyleRule.NotTitleCase).WithLocation(0).WithArguments("'p' (in query)", summary, word).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage($"Parameter 'p' (in query) has x-ms-summary \"{summary}\", which is not in title case ('{word}'); capitalize each word, e.g. \"Item ID\""));
    }

    [Fact]
    public async Task NameWrittenWithALowerCaseStart_Warned_AHeuristic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "m", "in": "query", "x-ms-summary": [|"iPhone Model"|] } ] } } } }""");

    [Fact]
    public async Task LongerThan80_Warned()
    {
        var summary = string.Join(" ", Enumerable.Repeat("Word", 17));
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": {|#0:"{{summary}}"|} } ] } } } }
            """,
            Verify.Diagnostic(ParameterSummaryStyleRule.TooLong).WithLocation(0).WithArguments("'p' (in query)", 84)
                .WithMessage("Parameter 'p' (in query) has an x-ms-summary of 84 characters; keep the label to at most 80"));
    }

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": "case code" } ] } } } }""" });
}
