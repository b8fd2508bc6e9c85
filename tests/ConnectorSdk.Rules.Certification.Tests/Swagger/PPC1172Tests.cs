using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ExtensionSpellingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1172Tests
{
    [Fact]
    public async Task KnownAndUnrelatedNames_NoDiagnostic()
    {
        // Map keys that look like extensions (a property, a header, a path) are names; x-nullable is far from every known name.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-connector-metadata": [], "paths": { "/a": { "get": { "operationId": "GetA", "x-ms-visibility": "important",
              "parameters": [ { "name": "q", "in": "query", "type": "string", "x-ms-summary": "Query", "x-ms-url-encoding": "single", "x-nullable": true } ],
              "responses": { "200": { "description": "OK", "headers": { "x-ms-visibilty": { "type": "string" } },
                "schema": { "type": "object", "properties": { "x-ms-sumary": { "type": "string", "x-ms-summary": "S" } } } } } } } },
              "definitions": { "Item": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetA", "x-ms-summmary": "inside an extension's value" } } } }
            """);
    }

    [Fact]
    public async Task NamesCloseToAKnownExtension_ReportedOnTheName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetA", {|#0:"x-ms-visibilty"|}: "internal",
              "parameters": [ { "name": "q", "in": "query", "type": "string", {|#1:"x-ms-summmary"|}: "Query" } ],
              "responses": { "200": { "description": "OK", "schema": { "type": "object", "properties": { "id": { "type": "string", {|#2:"x-ms-Summary"|}: "Id" } } } } } } } },
              {|#3:"x-ms-api-annotations"|}: { "status": "Production" } }
            """,
            Verify.Diagnostic(ExtensionSpellingRule.Rule).WithLocation(0).WithArguments("x-ms-visibilty", "operation 'GetA'", "x-ms-visibility").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Extension 'x-ms-visibilty' on operation 'GetA' is not one the platform reads, so it has no effect; did you mean 'x-ms-visibility'?"),
            Verify.Diagnostic(ExtensionSpellingRule.Rule).WithLocation(1).WithArguments("x-ms-summmary", "parameter 'q' of 'GetA'", "x-ms-summary"),
            Verify.Diagnostic(ExtensionSpellingRule.Rule).WithLocation(2).WithArguments("x-ms-Summary", "property 'id'", "x-ms-summary"),
            Verify.Diagnostic(ExtensionSpellingRule.Rule).WithLocation(3).WithArguments("x-ms-api-annotations", "the document", "x-ms-api-annotation"));
    }

    [Fact]
    public async Task ConfiguredNames_ReplaceTheList()
    {
        await new ConnectorTest
        {
            Swagger = """
                { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "x-ms-summary": "Item", "x-contoso-color": "red", {|#0:"x-contoso-colour"|}: "red" } } }
                """,
            EditorConfig = $"root = true\n[*.json]\n{UnknownExtensionRule.KnownExtensionsKey} = x-contoso-color\n",
            Analyzers = { new ExtensionSpellingRule() },
            ExpectedDiagnostics = { Verify.Diagnostic(ExtensionSpellingRule.Rule).WithLocation(0).WithArguments("x-contoso-colour", "definition 'Item'", "x-contoso-color") },
        }.RunAsync();
    }
}
