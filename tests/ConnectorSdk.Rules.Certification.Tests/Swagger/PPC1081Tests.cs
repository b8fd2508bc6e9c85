using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.NextLinkNameRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1081Tests
{
    [Theory]
    [InlineData("nextLink")]
    [InlineData("@odata.nextLink")]
    public async Task AcceptedNames_NoDiagnostic(string name)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "x-ms-pageable": { "nextLinkName": "{{name}}" } } } } }""");

    [Theory]
    [InlineData("\"next\"")]
    [InlineData("\"NextLink\"")]
    [InlineData("\"@odata.nextlink\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("42")]
    public async Task OtherValues_ReportedOnTheValue(string value)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "x-ms-pageable": { "nextLinkName": {|#0:{{value}}|} } } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'", value).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task Message_NamesTheOperationTheValueAndTheAcceptedOnes()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/items": { "get": { "x-ms-pageable": { "nextLinkName": {|#0:"next_page"|} } } } } }""",
            Verify.Diagnostic().WithLocation(0).WithMessage("Operation GET /items has x-ms-pageable.nextLinkName \"next_page\"; the validator accepts only 'nextLink' or '@odata.nextLink'"));
    }

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"itemName\": \"value\" }")]
    [InlineData("true")]
    public async Task NoNextLinkName_NoDiagnostic(string pageable)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "x-ms-pageable": {{pageable}} } } } }""");

    [Fact]
    public async Task PageableElsewhere_NotThisRule()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-pageable": { "nextLinkName": "next" }, "definitions": { "Page": { "type": "object", "x-ms-pageable": { "nextLinkName": "next" } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "x-ms-pageable": { "nextLinkName": {|#0:"next"|} } } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
