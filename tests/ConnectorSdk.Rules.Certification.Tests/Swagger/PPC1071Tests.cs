using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.FetchBodyRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1071Tests
{
    [Fact]
    public async Task GetWithQueryParameters_PostWithBody_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/cases": {
              "get": { "operationId": "ListCases", "parameters": [ { "name": "q", "in": "query", "type": "string" } ] },
              "post": { "operationId": "FindCases", "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object" } } ] } } } }
            """);
    }

    [Fact]
    public async Task GetWithBody_ReportedOnItsLocation()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/cases": { "get": { "operationId": "FindCases",
              "parameters": [ { "name": "FindCasesModel", "in": {|#0:"body"|}, "schema": { "type": "object" } } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'FindCases'", "body", "FindCasesModel").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("GET operation 'FindCases' has the body parameter 'FindCasesModel'; a GET request carries no body: send the value in the query, or use POST"));
    }

    [Fact]
    public async Task GetWithFormData_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/upload": { "get": { "parameters": [ { "name": "file", "in": {|#0:"formData"|}, "type": "file" } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("GET /upload", "formData", "file"));
    }

    [Fact]
    public async Task BodyFromThePathItemOrAReference_ReportedWhereTheOperationBringsItIn()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "parameters": { "Model": { "name": "model", "in": "body", "schema": { "type": "object" } } },
              "paths": {
                "/a": { "parameters": [ { "name": "shared", "in": {|#0:"body"|}, "schema": {} } ], "get": { "operationId": "GetA" }, "post": { "operationId": "PostA" } },
                "/b": { "get": { "operationId": "GetB", "parameters": [ { "$ref": {|#1:"#/parameters/Model"|} } ] } }
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'GetA'", "body", "shared"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'GetB'", "body", "model"));
    }

    [Fact]
    public async Task UnresolvedReference_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/b": { "get": { "parameters": [ { "$ref": "#/parameters/Missing" } ] } } } }""");

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "b", "in": {|#0:"body"|} } ] } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
