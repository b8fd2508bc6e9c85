using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummaryRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1056Tests
{
    [Fact]
    public async Task EveryOperationHasASummary_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "operationId": "ListItems", "summary": "List items" },
              "post": { "operationId": "CreateItem", "summary": "Create an item" } } } }
            """);
    }

    [Fact]
    public async Task MissingSummary_ReportedOnTheVerb_NamingTheOperation()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "operationId": "ListItems", "summary": "List items" },
              {|#0:"post"|}: { "operationId": "CreateItem", "description": "Creates an item." },
              {|#1:"delete"|}: { "description": "Deletes every item." } } } }
            """,
            Verify.Diagnostic(SummaryRequiredRule.Missing).WithLocation(0).WithArguments("'CreateItem'").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic(SummaryRequiredRule.Missing).WithLocation(1).WithArguments("DELETE /items"));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("\" \\u00a0\\t \"")]
    public async Task BlankSummary_ReportedOnTheValue(string summary)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "summary": {|#0:{{summary}}|} } } } }
            """,
            Verify.Diagnostic(SummaryRequiredRule.Blank).WithLocation(0).WithArguments("'ListItems'"));
    }

    [Theory]
    [InlineData("\"internal\"")]
    [InlineData("\"Internal\"")]
    public async Task InternalOperation_NotReported(string visibility)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/hook": { "post": { "operationId": "WebhookResponse", "x-ms-visibility": {{visibility}} } } } }
            """);
    }

    [Fact]
    public async Task AdvancedOperation_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { [|"get"|]: { "operationId": "ListItems", "x-ms-visibility": "advanced" } } } }
            """);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[\"List items\"]")]
    public async Task SummaryOfTheWrongType_LeftToPPC1002(string summary)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": {{summary}} } } } }""");

    [Fact]
    public async Task NonOperationMembers_Ignored()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "parameters": [], "x-ms-notification-content": { "description": "Event" }, "get": "not an object" } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Warning()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/items": { {|#0:"get"|}: { "operationId": "ListItems" } } } }""" },
            Verify.Diagnostic(SummaryRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task IndependentPublisher_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.IndependentPublisher, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/items": { {|#0:"get"|}: { } } } }""" },
            Verify.Diagnostic(SummaryRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
