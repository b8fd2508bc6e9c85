using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummarySentenceCaseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1061Tests
{
    private static string Swagger(string summary, string title = "Contoso Tasks")
        => $$"""{ "swagger": "2.0", "info": { "title": "{{title}}" }, "paths": { "/items": { "get": { "operationId": "GetItems", "summary": {|#0:"{{summary}}"|} } } } }""";

    [Theory]
    [InlineData("Get items")]
    [InlineData("Get the URL of an item (V2)")]
    [InlineData("Send a message to Microsoft Teams")]
    [InlineData("Get Contoso tasks")]
    [InlineData("Get a SharePoint item")]
    [InlineData("Create a task in Planner")]
    public async Task SentenceCase_OrProperNouns_NoDiagnostic(string summary)
        => await Verify.VerifySwaggerAsync(Swagger(summary).Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal));

    [Theory]
    [InlineData("Get All Items", "'All' and 'Items'")]
    [InlineData("Get Items", "'Items'")]
    [InlineData("Send Message To Channel In Teams", "'Message', 'To', 'Channel' and 'In'")]
    public async Task TitleCase_WarningNamingTheWords(string summary, string words)
    {
        await Verify.VerifySwaggerAsync(
            Swagger(summary),
            Verify.Diagnostic().WithLocation(0).WithArguments("'GetItems'", summary, words).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task ConfiguredProperNouns_NotCounted()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = Swagger("Get Fabrikam Orders").Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal),
            EditorConfig = "root = true\n[*.json]\nconnectorsdk.proper_nouns = Fabrikam, Orders\n",
        });
    }

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": "Get All Items" } } } }""" });
}
