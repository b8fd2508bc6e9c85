using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TitleEndRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1033Tests
{
    [Theory]
    [InlineData("Contoso ", "a space")]
    [InlineData("Contoso.", "'.'")]
    [InlineData("Contoso\\n", "a line feed")]
    [InlineData("Contoso\\r", "a carriage return")]
    [InlineData("Contoso\\t", "a tab")]
    [InlineData("Contoso!", "'!'")]
    [InlineData("Contoso \U0001F680", "'\U0001F680'")]
    public async Task NonAlphanumericEnd_Reported(string title, string end)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "title": {|#0:"{{title}}"|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(title.Replace("\\n", "\n").Replace("\\r", "\r").Replace("\\t", "\t"), end));
    }

    [Theory]
    [InlineData("Contoso [DEPRECATED]", "[DEPRECATED]", "(deprecated)")]
    [InlineData("Contoso [ Deprecated ]", "[ Deprecated ]", "(deprecated)")]
    [InlineData("Contoso [Beta]", "[Beta]", "(Beta)")]
    public async Task BracketedSuffix_ParenthesesSuggested(string title, string suffix, string suggested)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "title": {|#0:"{{title}}"|} } }
            """,
            Verify.Diagnostic(Certification.Swagger.TitleEndRule.BracketedSuffix).WithLocation(0).WithArguments(title, suffix, suggested));
    }

    [Fact]
    public async Task ClosingBracketWithoutOpening_NamedAsACharacter()
        => await Verify.VerifySwaggerAsync("""{ "info": { "title": {|#0:"Contoso]"|} } }""",
            Verify.Diagnostic(Certification.Swagger.TitleEndRule.Rule).WithLocation(0).WithArguments("Contoso]", "']'"));

    [Theory]
    [InlineData("Contoso")]
    [InlineData("Contoso 365")]
    [InlineData("Contoso (Independent Publisher)")]
    [InlineData("Asite (Canada)")]
    [InlineData("Café")]
    public async Task AlphanumericOrParenthesisEnd_NoDiagnostic(string title)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "title": "{{title}}" } }""");

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { "title": "Contoso [Sample]" } }""" });

    [Theory]
    [InlineData("{ \"info\": { \"title\": \"\" } }")]
    [InlineData("{ \"info\": { \"title\": false } }")]
    [InlineData("{ \"info\": null }")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
