using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.UnsupportedKeywordRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1020Tests
{
    [Fact]
    public async Task SupportedKeywords_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "A": { "type": "array", "maxItems": 3, "items": { "type": "string" } } } }
            """);
    }

    [Fact]
    public async Task UniqueItemsInSchemas_ReportedOnTheKeyword()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "A": { "type": "array", {|#0:"uniqueItems"|}: true, "items": { "type": "object", "properties": {
                "b": { "type": "array", {|#1:"uniqueItems"|}: "yes" } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("uniqueItems", "schema"),
            Verify.Diagnostic().WithLocation(1).WithArguments("uniqueItems", "schema"));
    }

    [Fact]
    public async Task KeywordSetToFalse_ConstrainsNothing_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": {
              "parameters": [ { "name": "ids", "in": "query", "type": "array", "uniqueItems": false, "items": { "type": "string" } } ],
              "responses": { "200": { "description": "OK", "schema": { "type": "array", "uniqueItems": false } } } } } } }
            """);
    }

    [Fact]
    public async Task ParametersItemsAndHeaders_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": {
              "parameters": [ { "name": "ids", "in": "query", "type": "array", {|#0:"uniqueItems"|}: true,
                                "items": { "type": "array", "items": { "type": "string", {|#1:"uniqueItems"|}: true } } } ],
              "responses": { "200": { "description": "OK", "headers": { "X-Ids": { "type": "array", {|#2:"uniqueItems"|}: true } } } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("uniqueItems", "parameter"),
            Verify.Diagnostic().WithLocation(1).WithArguments("uniqueItems", "items object"),
            Verify.Diagnostic().WithLocation(2).WithArguments("uniqueItems", "header"));
    }

    [Fact]
    public async Task PropertyNamedUniqueItems_OrExampleData_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "A": { "type": "object",
              "properties": { "uniqueItems": { "type": "boolean" } }, "example": { "uniqueItems": true } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Reported()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Swagger = """{ "swagger": "2.0", "paths": {}, "definitions": { "A": { [|"uniqueItems"|]: true } } }""",
        });
    }

    [Fact]
    public async Task ConfiguredKeywords_ReplaceTheDefaults()
    {
        const string Swagger = """{ "swagger": "2.0", "paths": {}, "definitions": { "A": { "type": "string", "uniqueItems": true, {|#0:"pattern"|}: "^a" } } }""";

        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = Swagger, EditorConfig = $"[*]\n{UnsupportedKeywordRule.KeywordsKey} = pattern" },
            Verify.Diagnostic().WithLocation(0).WithMessage("Keyword 'pattern' is not supported by the connector platform; remove it from this schema"));
    }
}
