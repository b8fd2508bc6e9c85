using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DictionaryEditorRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1116Tests
{
    [Fact]
    public async Task DictionaryOnObjectsWithAdditionalProperties_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Request": { "type": "object", "properties": {
                "headers": { "type": "object", "x-ms-editor": "dictionary", "additionalProperties": { "type": "string" } },
                "query": { "$ref": "#/definitions/Map", "x-ms-editor": "dictionary" },
                "any": { "type": "object", "x-ms-editor": "dictionary", "additionalProperties": true },
                "file": { "type": "string", "x-ms-editor": "fileContent" },
                "odd": { "type": "string", "x-ms-editor": [ "dictionary" ] } } },
              "Map": { "type": "object", "additionalProperties": { "type": "integer" } } } }
            """);
    }

    [Fact]
    public async Task DictionaryOnAnotherType_ReportedOnTheExtension()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Request": { "type": "object", "properties": {
              "headers": { "type": "string", "x-ms-editor": {|#0:"dictionary"|} },
              "query": { "x-ms-editor": {|#1:"dictionary"|}, "additionalProperties": { "type": "string" } },
              "list": { "$ref": "#/definitions/List", "x-ms-editor": {|#2:"dictionary"|} } } },
              "List": { "type": "array", "items": { "type": "string" } } } }
            """,
            Verify.Diagnostic(DictionaryEditorRule.NotObject).WithLocation(0).WithArguments("property 'headers'", "\"string\"").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The property 'headers' has x-ms-editor \"dictionary\" but its type is \"string\"; the dictionary editor needs \"type\": \"object\" with additionalProperties, or remove x-ms-editor"),
            Verify.Diagnostic(DictionaryEditorRule.NotObject).WithLocation(1).WithArguments("property 'query'", "not given"),
            Verify.Diagnostic(DictionaryEditorRule.NotObject).WithLocation(2).WithArguments("property 'list'", "\"array\""));
    }

    [Fact]
    public async Task DictionaryWithoutAdditionalProperties_ReportedOnTheExtension()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "post": { "parameters": [ { "name": "body", "in": "body", "schema":
              { "type": "object", "properties": { "tags": { "type": "object", "x-ms-editor": {|#0:"dictionary"|}, "additionalProperties": false },
                                                  "labels": { "type": "object", "x-ms-editor": {|#1:"dictionary"|} } } } } ], "responses": { "200": { "description": "OK" } } } } } }
            """,
            Verify.Diagnostic(DictionaryEditorRule.AdditionalPropertiesMissing).WithLocation(0).WithArguments("property 'tags'")
                .WithMessage("The property 'tags' has x-ms-editor \"dictionary\" but does not allow additionalProperties; add the values' schema, e.g. \"additionalProperties\": { \"type\": \"string\" }, or remove x-ms-editor"),
            Verify.Diagnostic(DictionaryEditorRule.AdditionalPropertiesMissing).WithLocation(1).WithArguments("property 'labels'"));
    }
}
