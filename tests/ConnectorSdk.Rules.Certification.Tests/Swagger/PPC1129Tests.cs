using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TypedValueAsTextRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1129Tests
{
    [Fact]
    public async Task ValuesWrittenAsJson_OrTextThatIsNoValueOfTheType_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": { "get": { "parameters": [
                { "name": "top", "in": "query", "type": "integer", "default": 10, "enum": [ 10, 50 ] },
                { "name": "flag", "in": "query", "type": "boolean", "default": "", "enum": [ "", true ] },
                { "name": "code", "in": "query", "type": "string", "default": "10", "enum": [ "true", "1.5" ] },
                { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Item" } } ] } } },
              "definitions": { "Item": { "type": "object", "properties": {
                "count": { "type": "integer", "default": "1.5" },
                "ratio": { "type": "number", "default": "NaN" },
                "ref": { "$ref": "#/definitions/Other", "default": "3" },
                "untyped": { "default": "3" } } } } }
            """);
    }

    [Fact]
    public async Task QuotedIntegerNumberAndBoolean_ReportedOnTheValue_WithTheValueToWrite()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "top", "in": "query", "type": "integer", "default": {|#0:"0"|} },
              { "name": "ratio", "in": "query", "type": "number", "enum": [ 0.5, {|#1:"1.5"|} ] } ] } } },
              "definitions": { "Page": { "type": "object", "properties": {
                "visible": { "type": "boolean", "default": {|#2:"True"|} } } } } }
            """,
            Verify.Diagnostic(TypedValueAsTextRule.DefaultAsText).WithLocation(0).WithArguments("parameter 'top' of 'ListItems'", "\"0\"", "integer", "0").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("The default of parameter 'top' of 'ListItems' is \"0\", text, but the declared type is 'integer'; write it as 0, without quotes"),
            Verify.Diagnostic(TypedValueAsTextRule.EnumValueAsText).WithLocation(1).WithArguments("parameter 'ratio' of 'ListItems'", "\"1.5\"", "number", "1.5"),
            Verify.Diagnostic(TypedValueAsTextRule.DefaultAsText).WithLocation(2).WithArguments("property 'visible'", "\"True\"", "boolean", "true"));
    }

    [Fact]
    public async Task ItemsAndHeaders_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK",
                "headers": { "X-Page": { "type": "integer", "default": {|#0:"1"|} } },
                "schema": { "type": "array", "items": { "type": "boolean", "enum": [ true, {|#1:"false"|} ] } } } } } } } }
            """,
            Verify.Diagnostic(TypedValueAsTextRule.DefaultAsText).WithLocation(0).WithArguments("header 'X-Page'", "\"1\"", "integer", "1"),
            Verify.Diagnostic(TypedValueAsTextRule.EnumValueAsText).WithLocation(1).WithArguments("items of schema of response '200' of GET /a", "\"false\"", "boolean", "false"));
    }

    [Fact]
    public async Task TypeOrEnumOfTheWrongJsonType_NotChecked()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "A": { "type": [ "integer", "null" ], "default": "1" }, "B": { "type": "integer", "enum": "1" } } }
            """);
    }
}
