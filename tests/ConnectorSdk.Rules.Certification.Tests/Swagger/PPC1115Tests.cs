using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TypeFormatRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1115Tests
{
    [Fact]
    public async Task RecognizedPairs_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": { "get": { "parameters": [
                { "name": "top", "in": "query", "type": "integer", "format": "int32" },
                { "name": "since", "in": "query", "type": "string", "format": "date-no-tz" },
                { "name": "ids", "in": "query", "type": "array", "items": { "type": "string", "format": "uuid" } },
                { "name": "body", "in": "body", "format": "weird", "schema": { "$ref": "#/definitions/Item" } } ] } } },
              "definitions": { "Item": { "type": "object", "properties": {
                "price": { "type": "number", "format": "double" }, "html": { "type": "string", "format": "html" },
                "file": { "type": "string", "format": "binary" }, "untyped": { "format": "anything" },
                "ref": { "$ref": "#/definitions/Other", "format": "weird" }, "odd": { "type": "string", "format": 3 } } } } }
            """);
    }

    [Fact]
    public async Task FormatNotOfTheType_ReportedOnTheFormat()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "top", "in": "query", "type": "number", "format": {|#0:"int32"|} },
              { "name": "id", "in": "query", "type": "string", "format": {|#1:"guid"|} } ] } } },
              "definitions": { "Item": { "type": "object", "format": {|#2:"Item"|} } } }
            """,
            Verify.Diagnostic(TypeFormatRule.Unrecognized).WithLocation(0).WithArguments("parameter 'top' of 'ListItems'", "number", "\"int32\"", "'float', 'double'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("The parameter 'top' of 'ListItems' has type 'number' with format \"int32\", which is not a format of 'number'; use one of 'float', 'double', or remove format"),
            Verify.Diagnostic(TypeFormatRule.Unrecognized).WithLocation(1).WithArguments("parameter 'id' of 'ListItems'", "string", "\"guid\"",
                "'byte', 'binary', 'date', 'date-time', 'password', 'date-no-tz', 'email', 'html', 'uri', 'uuid'"),
            Verify.Diagnostic(TypeFormatRule.TypeWithoutFormats).WithLocation(2).WithArguments("definition 'Item'", "object", "\"Item\"")
                .WithMessage("The definition 'Item' has type 'object' with format \"Item\", but type 'object' takes no format; remove format"));
    }

    [Fact]
    public async Task ConfiguredPairs_ReplaceTheList()
    {
        await new ConnectorTest
        {
            Swagger = """
                { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "properties": {
                  "id": { "type": "string", "format": "guid" }, "at": { "type": "string", "format": {|#0:"date-time"|} } } } } }
                """,
            EditorConfig = $"root = true\n[*.json]\n{TypeFormatRule.PairsKey} = string/guid, integer/int32\n",
            Analyzers = { new TypeFormatRule() },
            ExpectedDiagnostics = { Verify.Diagnostic(TypeFormatRule.Unrecognized).WithLocation(0).WithArguments("property 'at'", "string", "\"date-time\"", "'guid'") },
        }.RunAsync();
    }
}
