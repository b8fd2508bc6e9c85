using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.KeywordBoundRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1109Tests
{
    [Fact]
    public async Task BoundsInTheirForm_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": { "get": { "parameters": [
                { "name": "top", "in": "query", "type": "integer", "minimum": -5, "maximum": 100, "exclusiveMaximum": true, "multipleOf": 0.5 },
                { "name": "ids", "in": "query", "type": "array", "minItems": 0, "items": { "type": "string", "maxLength": 0 } },
                { "name": "body", "in": "body", "maxLength": -1, "schema": { "$ref": "#/definitions/Item" } } ] } } },
              "definitions": { "Item": { "type": "object", "minProperties": 1, "properties": {
                "ref": { "$ref": "#/definitions/Other", "minLength": -1 },
                "text": { "type": "string", "minLength": "-1", "multipleOf": "0" } } } } }
            """);
    }

    [Fact]
    public async Task NegativeLengthsAndCounts_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "q", "in": "query", "type": "string", "minLength": {|#0:-1|} },
              { "name": "ids", "in": "query", "type": "array", "maxItems": {|#1:-2|}, "items": { "type": "string", "maxLength": {|#2:-10|} } } ] } } },
              "definitions": { "Bag": { "type": "object", "maxProperties": {|#3:-1|} } } }
            """,
            Verify.Diagnostic(KeywordBoundRule.Negative).WithLocation(0).WithArguments("parameter 'q' of 'ListItems'", "minLength", "-1").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The minLength of parameter 'q' of 'ListItems' is -1; a length or count must be 0 or more"),
            Verify.Diagnostic(KeywordBoundRule.Negative).WithLocation(1).WithArguments("parameter 'ids' of 'ListItems'", "maxItems", "-2"),
            Verify.Diagnostic(KeywordBoundRule.Negative).WithLocation(2).WithArguments("items of parameter 'ids' of 'ListItems'", "maxLength", "-10"),
            Verify.Diagnostic(KeywordBoundRule.Negative).WithLocation(3).WithArguments("definition 'Bag'", "maxProperties", "-1"));
    }

    [Fact]
    public async Task MultipleOfZeroOrLess_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Price": { "type": "object", "properties": {
              "amount": { "type": "number", "multipleOf": {|#0:0|} }, "step": { "type": "integer", "multipleOf": {|#1:-1|} } } } } }
            """,
            Verify.Diagnostic(KeywordBoundRule.MultipleOfNotPositive).WithLocation(0).WithArguments("property 'amount'", "0")
                .WithMessage("The multipleOf of property 'amount' is 0; it must be greater than 0"),
            Verify.Diagnostic(KeywordBoundRule.MultipleOfNotPositive).WithLocation(1).WithArguments("property 'step'", "-1"));
    }

    [Fact]
    public async Task ExclusiveBoundWithoutItsBound_ReportedOnTheExclusiveKeyword()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK",
              "headers": { "X-Rate": { "type": "number", "minimum": 0, "exclusiveMaximum": {|#0:true|} } },
              "schema": { "type": "integer", "maximum": 10, "exclusiveMinimum": {|#1:false|} } } } } } } }
            """,
            Verify.Diagnostic(KeywordBoundRule.BoundMissing).WithLocation(0).WithArguments("header 'X-Rate'", "exclusiveMaximum", "maximum")
                .WithMessage("The header 'X-Rate' has exclusiveMaximum but no maximum; add maximum, or remove exclusiveMaximum"),
            Verify.Diagnostic(KeywordBoundRule.BoundMissing).WithLocation(1).WithArguments("schema of response '200' of GET /a", "exclusiveMinimum", "minimum"));
    }
}
