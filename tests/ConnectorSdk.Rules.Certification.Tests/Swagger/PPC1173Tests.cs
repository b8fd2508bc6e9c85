using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.UnknownExtensionRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1173Tests
{
    [Fact]
    public async Task KnownExtensionsOfTheirTypesAndOwnNames_NoDiagnostic()
    {
        // x-ms-visibilty is PPC1172's; x-contoso-* is the connector's own; keys of maps and extension values are names.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-openai-manifest": {}, "x-ms-keywords": [ "tasks" ], "paths": { "/a": { "get": { "operationId": "GetA",
              "x-ms-no-generic-test": true, "x-ms-require-user-confirmation": false, "x-ms-openai-data": {}, "x-ms-pageable": { "nextLinkName": "next" },
              "x-ms-visibilty": "internal", "x-contoso-owner": "team", "x-ms-safe-operation": null,
              "parameters": [ { "name": "q", "in": "query", "type": "string", "x-ms-test-value": 3, "x-ms-enum-values": [] } ],
              "responses": { "200": { "description": "OK", "headers": { "x-ms-request-id": { "type": "string" } },
                "schema": { "type": "object", "x-ms-editor": "dictionary", "additionalProperties": {}, "properties": { "x-ms-id": { "type": "string" } } } } } } } },
              "definitions": { "Item": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetA", "x-ms-anything": 1 }, "x-ms-client-flatten": true } } }
            """);
    }

    [Fact]
    public async Task UnknownMicrosoftExtension_ReportedOnTheName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetA", {|#0:"x-ms-owner"|}: "team",
              "responses": { "200": { "description": "OK", "schema": { "type": "object", "properties": { "id": { "type": "string", {|#1:"x-ms-summary title"|}: "Id" } } } } } } } } }
            """,
            Verify.Diagnostic(UnknownExtensionRule.Unknown).WithLocation(0).WithArguments("x-ms-owner", "operation 'GetA'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Extension 'x-ms-owner' on operation 'GetA' is not one the platform reads; remove it, or use an 'x-' name without 'ms-' for your own data"),
            Verify.Diagnostic(UnknownExtensionRule.Unknown).WithLocation(1).WithArguments("x-ms-summary title", "property 'id'"));
    }

    [Fact]
    public async Task UndocumentedExtensionOfTheWrongType_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetA", "x-ms-no-generic-test": {|#0:"true"|}, "x-ms-trigger-metadata": {|#1:[]|},
              "parameters": [ { "name": "q", "in": "query", "type": "string", "x-ms-enum-values": {|#2:{ "a": "A" }|} } ],
              "responses": { "200": { "description": "OK", "schema": { "type": "string", "x-ms-editor": {|#3:1|} } } } } } } }
            """,
            Verify.Diagnostic(UnknownExtensionRule.WrongType).WithLocation(0).WithArguments("x-ms-no-generic-test", "operation 'GetA'", "a string", "a boolean")
                .WithMessage("Extension 'x-ms-no-generic-test' on operation 'GetA' is a string; the platform reads it as a boolean"),
            Verify.Diagnostic(UnknownExtensionRule.WrongType).WithLocation(1).WithArguments("x-ms-trigger-metadata", "operation 'GetA'", "an array", "an object"),
            Verify.Diagnostic(UnknownExtensionRule.WrongType).WithLocation(2).WithArguments("x-ms-enum-values", "parameter 'q' of 'GetA'", "an object", "an array"),
            Verify.Diagnostic(UnknownExtensionRule.WrongType).WithLocation(3).WithArguments("x-ms-editor", "schema of response '200' of 'GetA'", "a number", "a string"));
    }

    [Fact]
    public async Task ConfiguredNames_ReplaceTheList()
    {
        await new ConnectorTest
        {
            Swagger = """
                { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "x-ms-contoso": 1, {|#0:"x-ms-summary"|}: "Item" } } }
                """,
            EditorConfig = $"root = true\n[*.json]\n{UnknownExtensionRule.KnownExtensionsKey} = x-ms-contoso\n",
            Analyzers = { new UnknownExtensionRule() },
            ExpectedDiagnostics = { Verify.Diagnostic(UnknownExtensionRule.Unknown).WithLocation(0).WithArguments("x-ms-summary", "definition 'Item'") },
        }.RunAsync();
    }
}
