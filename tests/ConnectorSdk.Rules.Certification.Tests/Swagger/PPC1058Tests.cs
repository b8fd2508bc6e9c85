using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummaryRestrictedCharactersRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1058Tests
{
    [Theory]
    [InlineData("Get a task")]
    [InlineData("Add a comment (V2)")]
    [InlineData("Get the user's tasks: open, closed or all")]
    [InlineData("Send an e-mail #1 @ 50$")]
    public async Task AllowedCharacters_NoDiagnostic(string summary)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/tasks": { "get": { "summary": "{{summary}}" } } } }""");

    [Theory]
    [InlineData("Create a task/comment", "'/'")]
    [InlineData("Is the task done?", "'?'")]
    [InlineData("Tasks & comments 100%", "'%' and '&'")]
    [InlineData("Copy a <b>*bold*</b> task", "'/', '<', '>' and '*'")]
    public async Task RestrictedCharacters_ReportedOnTheSummary_NamingEach(string summary, string found)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/tasks": { "post": { "operationId": "CreateTask", "summary": {|#0:"{{summary}}"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'CreateTask'", summary, found).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task Backslash_Reported()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/files": { "get": { "summary": {|#0:"Get C:\\files"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("GET /files", "Get C:\\files", "'\\'"));
    }

    [Fact]
    public async Task OtherStrings_NotChecked()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "info": { "title": "A/B" }, "paths": { "/a/b": { "get": { "description": "Gets a/b?", "parameters": [ { "name": "q", "in": "query", "type": "string", "x-ms-summary": "Query a/b?" } ] } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "summary": {|#0:"Read/write"|} } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
