using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.KeywordConsistencyRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1143Tests
{
    [Fact]
    public async Task ConsistentBoundsAndReadablePatterns_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": { "get": { "parameters": [
                { "name": "top", "in": "query", "type": "integer", "minimum": 1, "maximum": 1 },
                { "name": "q", "in": "query", "type": "string", "minLength": 1, "maxLength": "0", "pattern": "^[a-z]{2}_[A-Z]{2}$" },
                { "name": "body", "in": "body", "minLength": 5, "maxLength": 1, "pattern": "(", "schema": { "$ref": "#/definitions/Item" } } ] } } },
              "definitions": { "Item": { "type": "object", "properties": {
                "name": { "type": "string", "pattern": "^(?!\\s*$)[\\w\\s\\u00A0-\\uD7FF]+$" },
                "after": { "type": "string", "pattern": "(?<=a)b\\p{L}" },
                "javaScript": { "type": "string", "pattern": "^[^]\\_$" },
                "ref": { "$ref": "#/definitions/Other", "minItems": 3, "maxItems": 1 } } } } }
            """);
    }

    [Fact]
    public async Task MinimumAboveMaximum_ReportedOnTheMinimum()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "top", "in": "query", "type": "integer", "minimum": {|#0:100|}, "maximum": 10 },
              { "name": "q", "in": "query", "type": "string", "minLength": {|#1:5|}, "maxLength": 4 } ] } } },
              "definitions": { "Item": { "type": "object", "minProperties": {|#2:2|}, "maxProperties": 1, "properties": {
                "tags": { "type": "array", "items": { "type": "string" }, "minItems": {|#3:3|}, "maxItems": 2 } } } } }
            """,
            Verify.Diagnostic(KeywordConsistencyRule.MinimumAboveMaximum).WithLocation(0).WithArguments("parameter 'top' of 'ListItems'", "minimum", "100", "maximum", "10").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("The minimum of parameter 'top' of 'ListItems' (100) is greater than its maximum (10), so no value satisfies both; correct one of them"),
            Verify.Diagnostic(KeywordConsistencyRule.MinimumAboveMaximum).WithLocation(1).WithArguments("parameter 'q' of 'ListItems'", "minLength", "5", "maxLength", "4"),
            Verify.Diagnostic(KeywordConsistencyRule.MinimumAboveMaximum).WithLocation(2).WithArguments("definition 'Item'", "minProperties", "2", "maxProperties", "1"),
            Verify.Diagnostic(KeywordConsistencyRule.MinimumAboveMaximum).WithLocation(3).WithArguments("property 'tags'", "minItems", "3", "maxItems", "2"));
    }

    [Fact]
    public async Task PatternNeitherSyntaxReads_ReportedOnThePattern_EachTimeItIsUsed()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "properties": {
              "date": { "type": "string", "pattern": {|#0:"^(\\d{4}-\\d{2}$"|} },
              "other": { "type": "string", "pattern": {|#1:"^(\\d{4}-\\d{2}$"|} },
              "set": { "type": "string", "pattern": {|#2:"[a-"|} } } } } }
            """,
            Verify.Diagnostic(KeywordConsistencyRule.PatternNotValid).WithLocation(0).WithArguments("property 'date'", "insufficient closing parentheses at offset 14")
                .WithMessage("The pattern of property 'date' is not a valid regular expression (insufficient closing parentheses at offset 14); correct it, or remove it"),
            Verify.Diagnostic(KeywordConsistencyRule.PatternNotValid).WithLocation(1).WithArguments("property 'other'", "insufficient closing parentheses at offset 14"),
            Verify.Diagnostic(KeywordConsistencyRule.PatternNotValid).WithLocation(2).WithArguments("property 'set'", "unterminated bracket at offset 3"));
    }
}
