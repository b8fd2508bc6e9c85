using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ReferenceSiblingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1015Tests
{
    [Fact]
    public async Task BareReferences_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "parameters": { "Id": { "name": "id", "in": "path", "required": true, "type": "string" } },
              "responses": { "NotFound": { "description": "Not found" } },
              "paths": { "/a/{id}": { "get": { "parameters": [ { "$ref": "#/parameters/Id" } ],
                "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/A" } }, "404": { "$ref": "#/responses/NotFound" } } } } },
              "definitions": { "A": { "type": "object", "properties": { "$ref": { "type": "string", "description": "a property named $ref" } } } } }
            """);
    }

    [Fact]
    public async Task SchemaSibling_ReportedOnEachSiblingName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "A": { "type": "object", "properties": { "b": { "$ref": "#/definitions/B", {|#0:"description"|}: "The B", {|#1:"x-ms-summary"|}: "B" } } },
              "B": { "type": "object" } } }
            """,
            Verify.Diagnostic(ReferenceSiblingRule.InSchema).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("description"),
            Verify.Diagnostic(ReferenceSiblingRule.InSchema).WithLocation(1).WithArguments("x-ms-summary"));
    }

    [Fact]
    public async Task ParameterAndResponseSiblings_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "parameters": { "Id": { "name": "id", "in": "query", "type": "string" } },
              "responses": { "NotFound": { "description": "Not found" } },
              "paths": { "/a": { "get": { "parameters": [ { "$ref": "#/parameters/Id", {|#0:"required"|}: true } ],
                "responses": { "404": { "$ref": "#/responses/NotFound", {|#1:"description"|}: "Gone" } } } } } }
            """,
            Verify.Diagnostic(ReferenceSiblingRule.InParameter).WithLocation(0).WithArguments("required"),
            Verify.Diagnostic(ReferenceSiblingRule.InResponse).WithLocation(1).WithArguments("description"));
    }

    [Fact]
    public async Task UnresolvableReferenceWithSibling_StillReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "post": { "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": 3, [|"type"|]: "object" } } ], "responses": {} } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_AlsoAWarning()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Swagger = """{ "swagger": "2.0", "paths": {}, "definitions": { "A": { "properties": { "b": { "$ref": "#/definitions/A", [|"required"|]: [ "x" ] } } } } }""",
        });
    }
}
