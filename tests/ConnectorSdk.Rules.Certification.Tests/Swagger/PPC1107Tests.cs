using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DefaultEnumTypeRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1107Tests
{
    [Fact]
    public async Task ValuesOfTheDeclaredType_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": { "get": { "parameters": [
                { "name": "top", "in": "query", "type": "integer", "default": 10, "enum": [ 10, 50, 1e2 ] },
                { "name": "flag", "in": "query", "type": "boolean", "default": false },
                { "name": "tags", "in": "query", "type": "array", "default": [ "a" ], "items": { "type": "string", "enum": [ "a", "b" ] } },
                { "name": "body", "in": "body", "default": "anything", "schema": { "$ref": "#/definitions/Item" } } ],
                "responses": { "200": { "description": "OK", "headers": { "X-Count": { "type": "number", "default": 1.5 } } } } } } },
              "definitions": { "Item": { "type": "object", "default": { "id": "1" }, "properties": {
                "kind": { "type": "string", "enum": [ "a", "b", null ], "default": "a" },
                "ref": { "$ref": "#/definitions/Other", "default": 3 },
                "untyped": { "default": 3, "enum": [ "x", 1 ] },
                "file": { "type": "file", "default": "x" } } } } }
            """);
    }

    [Fact]
    public async Task BooleanEnumWithAnEmptyString_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Settings": { "type": "object", "properties": {
              "enabled": { "type": "boolean", "enum": [ {|#0:""|}, true, false ] } } } } }
            """,
            Verify.Diagnostic(DefaultEnumTypeRule.EnumValueOfWrongType).WithLocation(0).WithArguments("property 'enabled'", "\"\"", "a string", "boolean").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The enum of property 'enabled' lists \"\", a string, but the declared type is 'boolean'; list only values of that type"));
    }

    [Fact]
    public async Task DefaultOfAnotherType_ReportedOnTheDefault()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "top", "in": "query", "type": "integer", "default": {|#0:"ten"|} },
              { "name": "ratio", "in": "query", "type": "integer", "default": {|#1:0.5|} },
              { "name": "ids", "in": "query", "type": "array", "items": { "type": "string", "default": {|#2:1|} } } ] } } } }
            """,
            Verify.Diagnostic(DefaultEnumTypeRule.DefaultOfWrongType).WithLocation(0).WithArguments("parameter 'top' of 'ListItems'", "\"ten\"", "a string", "integer")
                .WithMessage("The default of parameter 'top' of 'ListItems' is \"ten\", a string, but the declared type is 'integer'; give a default of that type, or none"),
            Verify.Diagnostic(DefaultEnumTypeRule.DefaultOfWrongType).WithLocation(1).WithArguments("parameter 'ratio' of 'ListItems'", "0.5", "a number", "integer"),
            Verify.Diagnostic(DefaultEnumTypeRule.DefaultOfWrongType).WithLocation(2).WithArguments("items of parameter 'ids' of 'ListItems'", "1", "a number", "string"));
    }

    /// <summary>Text that holds a value of the type is PPC1129's warning (certified connectors have it), not this error.</summary>
    [Fact]
    public async Task TextHoldingAValueOfTheType_NotThisRule()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Page": { "type": "object", "properties": {
              "size": { "type": "integer", "default": "100", "enum": [ "10", "-5" ] },
              "ratio": { "type": "number", "default": "0.5" },
              "visible": { "type": "boolean", "default": "True", "enum": [ "true", {|#0:"yes"|} ] } } } } }
            """,
            Verify.Diagnostic(DefaultEnumTypeRule.EnumValueOfWrongType).WithLocation(0).WithArguments("property 'visible'", "\"yes\"", "a string", "boolean"));
    }

    [Fact]
    public async Task EmptyEnum_ReportedOnTheList()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "parameters": { "Kind": { "name": "kind", "in": "query", "type": "string", "enum": {|#0:[]|} } } }
            """,
            Verify.Diagnostic(DefaultEnumTypeRule.EmptyEnum).WithLocation(0).WithArguments("parameter 'Kind'"));
    }

    [Fact]
    public async Task NestedSchemasAndHeaders_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK",
                "headers": { "X-Page": { "type": "integer", "default": {|#0:true|} } },
                "schema": { "type": "array", "items": { "type": "number", "enum": [ 1, {|#1:"two"|} ] } } } } } } } }
            """,
            Verify.Diagnostic(DefaultEnumTypeRule.DefaultOfWrongType).WithLocation(0).WithArguments("header 'X-Page'", "true", "a boolean", "integer"),
            Verify.Diagnostic(DefaultEnumTypeRule.EnumValueOfWrongType).WithLocation(1).WithArguments("items of schema of response '200' of GET /a", "\"two\"", "a string", "number"));
    }

    [Fact]
    public async Task TypeOrEnumOfTheWrongJsonType_NotChecked()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "A": { "type": [ "string", "null" ], "default": 1 }, "B": { "type": "string", "enum": "a" } } }
            """);
    }
}
