using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ParameterSummaryCharactersRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1094Tests : ParameterPlacementTests<ParameterSummaryCharactersRule>
{
    protected override string DefectiveParameter => """{ "name": "id", "in": "path", "required": true, "type": "string", "x-ms-summary": {|#0:"Item ID #"|} }""";

    protected override DiagnosticDescriptor Expected => ParameterSummaryCharactersRule.Rule;

    [Fact]
    public async Task LettersDigitsSpacesParenthesesAndApostrophes_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": "User's Start Date (UTC) 2" } ] } } } }""");

    [Fact]
    public async Task OtherCharacters_WarnedAtTheSummary_EachOnce()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": {|#0:"Include inactive? / Yes?"|} } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'p' (in query)", "Include inactive? / Yes?", "'?' and '/'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Parameter 'p' (in query) has x-ms-summary \"Include inactive? / Yes?\" with '?' and '/'; certification asks for letters, digits, spaces and parentheses only (allow more with connectorsdk.summary_allowed_characters)"));
    }

    [Fact]
    public async Task ConfiguredCharacters_Allowed()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            EditorConfig = "root = true\n[*.json]\nconnectorsdk.summary_allowed_characters = ?\n",
            Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": "Include Inactive?" } ] } } } }""",
        });
    }

    [Fact]
    public async Task MicrosoftsOwnConnectors_NotHeldToIt()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
            Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": "Include inactive?" } ] } } } }""",
        });
    }

    [Fact]
    public async Task CustomConnectors_NotChecked()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "x-ms-summary": "A?" } ] } } } }""" });
}
