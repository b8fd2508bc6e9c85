using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.FixedFieldsRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1013Tests
{
    [Fact]
    public async Task CompleteDocumentWithFixedFieldsAndExtensions_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "version": "1.0", "description": "Contoso tasks", "termsOfService": "https://contoso.com/terms",
                        "contact": { "name": "Contoso", "url": "https://contoso.com", "email": "a@contoso.com" },
                        "license": { "name": "MIT", "url": "https://contoso.com/license" }, "x-ms-api-annotation": { "status": "Production" } },
              "host": "api.contoso.com", "basePath": "/", "schemes": [ "https" ], "consumes": [ "application/json" ], "produces": [ "application/json" ],
              "paths": {
                "/items/{id}": {
                  "parameters": [ { "$ref": "#/parameters/Id" } ],
                  "get": {
                    "tags": [ "Items" ], "summary": "Get item", "description": "Gets an item.", "operationId": "GetItem", "deprecated": false,
                    "externalDocs": { "url": "https://contoso.com/docs" }, "x-ms-visibility": "important",
                    "parameters": [ { "name": "fields", "in": "query", "type": "array", "collectionFormat": "csv", "items": { "type": "string", "enum": [ "a" ] }, "x-ms-summary": "Fields" } ],
                    "responses": {
                      "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" }, "headers": { "X-Rate": { "type": "integer", "description": "Rate" } }, "examples": { "application/json": { "anything": 1 } } },
                      "default": { "$ref": "#/responses/Error" }
                    },
                    "security": [ { "oauth": [] } ]
                  }
                },
                "x-ms-paths": { "anything": true }
              },
              "definitions": { "Item": { "type": "object", "required": [ "id" ], "xml": { "name": "item" },
                "properties": { "id": { "type": "string", "x-ms-summary": "Id" }, "type": { "type": "string" }, "description": { "type": "string" } },
                "example": { "whatever": true }, "additionalProperties": { "type": "string" } } },
              "parameters": { "Id": { "name": "id", "in": "path", "required": true, "type": "string" } },
              "responses": { "Error": { "description": "Error" } },
              "securityDefinitions": { "oauth": { "type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://login", "tokenUrl": "https://token", "scopes": {} } },
              "security": [],
              "tags": [ { "name": "Items", "description": "Items", "externalDocs": { "url": "https://contoso.com" } } ],
              "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "https://contoso.com" } ]
            }
            """);
    }

    [Fact]
    public async Task StrayKeysOfTheDocumentInfoAndContact_ReportedOnTheName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", {|#0:"openapi"|}: "3.0.0", "paths": {},
              "info": { "title": "C", "version": "1", {|#1:"Description"|}: "x", "contact": { "name": "C", {|#2:"phone"|}: "1" }, "license": { "name": "MIT", {|#3:"X-Id"|}: 1 } } }
            """,
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("openapi", "Swagger Object"),
            Verify.Diagnostic(FixedFieldsRule.CaseVariant).WithLocation(1).WithArguments("Description", "Info Object", "description"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(2).WithArguments("phone", "Contact Object"),
            Verify.Diagnostic(FixedFieldsRule.CapitalExtension).WithLocation(3).WithArguments("X-Id", "License Object", "x-Id"));
    }

    [Fact]
    public async Task StrayKeysOfPathItemsOperationsParametersResponsesAndHeaders_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { {|#0:"summary"|}: "A", "get": { {|#1:"name"|}: "GetA",
                "parameters": [ { "name": "q", "in": "query", "type": "array", {|#2:"nullable"|}: true, "items": { "type": "string", {|#3:"description"|}: "d" } } ],
                "responses": { "200": { "description": "OK", {|#4:"content"|}: {}, "headers": { "X-A": { "type": "string", {|#5:"required"|}: true } } } } } } } }
            """,
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(0).WithArguments("summary", "Path Item Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(1).WithArguments("name", "Operation Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(2).WithArguments("nullable", "Parameter Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(3).WithArguments("description", "Items Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(4).WithArguments("content", "Response Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(5).WithArguments("required", "Header Object"));
    }

    [Fact]
    public async Task StrayKeysOfSchemasTagsSecurityAndSharedSections_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {},
              "definitions": { "A": { "type": "object", {|#0:"nullable"|}: true, "properties": { "b": { "type": "string", {|#1:"oneOf"|}: [] } }, "xml": { {|#2:"ns"|}: "x" } } },
              "parameters": { "Unused": { "name": "u", "in": "query", "type": "string", {|#3:"example"|}: "u" } },
              "responses": { "Unused": { "description": "d", {|#4:"summary"|}: "s" } },
              "securityDefinitions": { "key": { "type": "apiKey", "name": "k", "in": "header", {|#5:"scheme"|}: "bearer" } },
              "tags": [ { "name": "T", {|#6:"summary"|}: "t" } ] }
            """,
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(0).WithArguments("nullable", "Schema Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(1).WithArguments("oneOf", "Schema Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(2).WithArguments("ns", "XML Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(3).WithArguments("example", "Parameter Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(4).WithArguments("summary", "Response Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(5).WithArguments("scheme", "Security Scheme Object"),
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(6).WithArguments("summary", "Tag Object"));
    }

    [Fact]
    public async Task EscapedNames_ComparedByTheirText()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {},
              "definitions": { "A": { "typ\u0065": "object", "\u0078-a": 1, {|#0:"n\u0075llable"|}: true, {|#1:"\u0058-b"|}: 1 } } }
            """,
            Verify.Diagnostic(FixedFieldsRule.Rule).WithLocation(0).WithArguments("nullable", "Schema Object"),
            Verify.Diagnostic(FixedFieldsRule.CapitalExtension).WithLocation(1).WithArguments("X-b", "Schema Object", "x-b"));
    }

    [Fact]
    public async Task SharedParameterUsedTwice_ReportedOnce()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "parameters": { "P": { "name": "p", "in": "query", "type": "string", [|"title"|]: "P" } },
              "paths": { "/a": { "get": { "parameters": [ { "$ref": "#/parameters/P" } ], "responses": {} } }, "/b": { "get": { "parameters": [ { "$ref": "#/parameters/P" } ], "responses": {} } } } }
            """);
    }

    [Fact]
    public async Task ExtensionUnderResponses_NotTakenForAResponse()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK" }, "x-ms-extra": { "anything": 1 } } } } } }
            """);
    }

    [Fact]
    public async Task OddShapes_NoFailure()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "info": [], "paths": { "/a": [], "/b": { "get": 3, "parameters": {} } }, "tags": {}, "definitions": [], "parameters": [], "securityDefinitions": { "k": 1 } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Reported()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Swagger = """{ "swagger": "2.0", "paths": {}, [|"servers"|]: [] }""",
        });
    }
}
