using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationDescriptionEndRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1064Tests
{
    [Theory]
    [InlineData("Gets the items of a list.")]
    [InlineData("Is the item archived?")]
    [InlineData("Deletes the item!  ")]
    [InlineData("Gets the items (archived ones included.)")]
    [InlineData("Sends \\\"hello.\\\"")]
    [InlineData("Gets the item. (deprecated).")]
    public async Task Sentence_NoDiagnostic(string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "description": "{{description}}" } } } }""");

    [Theory]
    [InlineData("Gets the items of a list", "Gets the items of a list")]
    [InlineData("Gets every item of the list that the user picked in the designer", "…he user picked in the designer")]
    [InlineData("Gets the item (deprecated)", "Gets the item (deprecated)")]
    public async Task NoFinalPunctuation_WarningQuotingTheEnd(string description, string end)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "GetItems", "description": {|#0:"{{description}}"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'GetItems'", end).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("12")]
    public async Task BlankOrNotAString_NotThisRule(string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "description": {{description}} } } } }""");

    [Fact]
    public async Task CustomConnector_NotChecked()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "description": "Gets a" } } } }""" });

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
        => await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "description": "Gets a" } } } }""", ApiProperties = MicrosoftConnector.ApiProperties(publisher) });
}
