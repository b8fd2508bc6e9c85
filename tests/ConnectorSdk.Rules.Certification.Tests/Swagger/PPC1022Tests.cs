using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SharedParameterRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1022Tests
{
    [Fact]
    public async Task SharedThroughRef_OrDifferent_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "parameters": { "Top": { "name": "top", "in": "query", "type": "integer" } },
              "paths": {
                "/a": { "get": { "parameters": [ { "$ref": "#/parameters/Top" }, { "name": "id", "in": "query", "type": "string" } ], "responses": {} } },
                "/b": { "get": { "parameters": [ { "$ref": "#/parameters/Top" }, { "name": "id", "in": "query", "type": "string", "required": true } ], "responses": {} } },
                "/c": { "get": { "parameters": [ { "name": "id", "in": "header", "type": "string" } ], "responses": {} } } } }
            """);
    }

    [Fact]
    public async Task IdenticalInlineParameters_EachLaterCopyReportedNamingTheFirst()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
                "/a": { "get": { "parameters": [ { "name": "id", "in": "query", "type": "string", "x-ms-summary": "Id" } ], "responses": {} } },
                "/b": { "post": { "parameters": [ { "x-ms-summary": "Id", "type": "string", "in": "query", "name": {|#0:"id"|} } ], "responses": {} },
                        "put": { "parameters": [ { "name": {|#1:"id"|}, "in": "query", "type": "string", "x-ms-summary": "Id" } ], "responses": {} } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("id", "query", "POST /b", "GET /a"),
            Verify.Diagnostic().WithLocation(1).WithArguments("id", "query", "PUT /b", "GET /a"));
    }

    [Fact]
    public async Task PathItemParameter_CountedOnceAndNamedByItsPath()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
                "/a/{id}": { "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
                             "get": { "responses": {} }, "delete": { "responses": {} } },
                "/b/{id}": { "get": { "parameters": [ { "name": {|#0:"id"|}, "in": "path", "required": true, "type": "string" } ], "responses": {} } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("id", "path", "GET /b/{id}", "/a/{id}"));
    }

    [Fact]
    public async Task NotInDefaultOrRecommendedMode()
    {
        const string Swagger = """
            { "swagger": "2.0", "paths": {
                "/a": { "get": { "parameters": [ { "name": "id", "in": "query", "type": "string" } ], "responses": {} } },
                "/b": { "get": { "parameters": [ { "name": "id", "in": "query", "type": "string" } ], "responses": {} } } } }
            """;
        await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Recommended, Swagger = Swagger });
    }

    [Fact]
    public async Task OddShapes_NoFailure()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
                "/a": { "get": { "parameters": [ 1, null, { "name": 3, "in": "query" }, { "in": "query" }, { "$ref": "#/nowhere" } ], "responses": {} } },
                "/b": { "get": { "parameters": [ 1, null, { "name": 3, "in": "query" }, { "in": "query" }, { "$ref": "#/nowhere" } ], "responses": {} } } } }
            """);
    }
}
