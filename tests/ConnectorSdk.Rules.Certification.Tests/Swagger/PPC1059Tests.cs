using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummaryCharactersRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1059Tests
{
    [Theory]
    [InlineData("Get items")]
    [InlineData("Get a user's tasks (V2)")]
    [InlineData("Créer un élément 2")]
    public async Task LettersDigitsSpacesParentheses_NoDiagnostic(string summary)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": "{{summary}}" } } } }""");

    [Theory]
    [InlineData("Get items, sorted", "','")]
    [InlineData("Get e-mail: inbox", "'-' and ':'")]
    [InlineData("Get items.", "'.'")]
    public async Task OtherCharacters_WarningNamingEach(string summary, string found)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "GetItems", "summary": {|#0:"{{summary}}"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'GetItems'", summary, found).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task RestrictedCharacters_LeftToPPC1058()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": "Read/write items?" } } } }""");

    [Fact]
    public async Task ConfiguredCharacters_Allowed()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Swagger = """{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": {|#0:"Get e-mail: inbox; drafts"|} } } } }""",
                EditorConfig = "root = true\n[*.json]\nconnectorsdk.summary_allowed_characters = -, :\n",
            },
            Verify.Diagnostic().WithLocation(0).WithArguments("GET /items", "Get e-mail: inbox; drafts", "';'"));
    }

    [Fact]
    public async Task CustomConnector_NotChecked()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "Get: a" } } } }""" });

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
        => await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "Get: a" } } } }""", ApiProperties = MicrosoftConnector.ApiProperties(publisher) });
}
