using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.StringBinaryPlacementRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1114Tests
{
    [Fact]
    public async Task BinaryBodiesFormDataAndResponses_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": {
                "/upload": { "post": { "parameters": [ { "name": "file", "in": "body", "schema": { "type": "string", "format": "binary" } } ],
                  "responses": { "200": { "description": "OK", "schema": { "type": "object", "properties": { "content": { "type": "string", "format": "binary" } } } } } } },
                "/form": { "post": { "consumes": [ "multipart/form-data" ], "parameters": [ { "name": "file", "in": "formData", "type": "string", "format": "binary" } ],
                  "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Download" } } } } },
                "/blob": { "put": { "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Blob" } } ], "responses": { "200": { "description": "OK" } } } } },
              "definitions": {
                "Blob": { "type": "string", "format": "binary" },
                "Download": { "type": "object", "properties": { "data": { "type": "string", "format": "binary" } } },
                "Encoded": { "type": "object", "properties": { "data": { "type": "string", "format": "byte" } } } } }
            """);
    }

    [Fact]
    public async Task BinaryInsideARequestOrInAQuery_ReportedOnTheFormat()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/documents": { "post": { "operationId": "AddDocument", "parameters": [
                { "name": "name", "in": "query", "type": "string", "format": {|#0:"binary"|} },
                { "name": "body", "in": "body", "schema": { "type": "object", "properties": {
                  "content": { "type": "string", "format": {|#1:"binary"|} }, "document": { "$ref": "#/definitions/Document" } } } } ],
                "responses": { "200": { "description": "OK" } } } } },
              "definitions": { "Document": { "type": "object", "properties": {
                "pages": { "type": "array", "items": { "type": "string", "format": {|#2:"binary"|} } } } } } }
            """,
            Verify.Diagnostic(StringBinaryPlacementRule.Parameter).WithLocation(0).WithArguments("'name' (in query)").WithSeverity(DiagnosticSeverity.Warning),
            Verify.Diagnostic(StringBinaryPlacementRule.Nested).WithLocation(1).WithArguments("property 'content'")
                .WithMessage("The property 'content' is a string with format \"binary\" inside a request's schema; raw file content can only be a whole body or a form data parameter: make it the body's schema, send it as form data, or use format \"byte\" (base64 text)"),
            Verify.Diagnostic(StringBinaryPlacementRule.Nested).WithLocation(2).WithArguments("items of property 'pages'"));
    }
}
