using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.EnumValuesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1108Tests
{
    [Fact]
    public async Task EntriesNamingEachEnumValueOnce_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": { "get": { "parameters": [
                { "name": "sort", "in": "query", "type": "string", "enum": [ "asc", "desc" ],
                  "x-ms-enum-values": [ { "displayName": "Ascending", "value": "asc" }, { "displayName": "Descending", "value": "desc" } ] },
                { "name": "body", "in": "body", "x-ms-enum-values": [ { "value": 1 } ], "schema": { "$ref": "#/definitions/Item" } } ] } } },
              "definitions": { "Item": { "type": "object", "properties": {
                "level": { "type": "integer", "enum": [ 1, 2 ], "x-ms-enum-values": [ { "displayName": "Low", "value": 1.0 }, { "displayName": "High", "value": 2 } ] },
                "ref": { "$ref": "#/definitions/Other", "x-ms-enum-values": [ { "value": "x" } ] },
                "odd": { "type": "string", "enum": [ "a" ], "x-ms-enum-values": [ "a", { "displayName": "A" } ] },
                "notAList": { "type": "string", "x-ms-enum-values": { "value": "a" } } } } } }
            """);
    }

    [Fact]
    public async Task EntryWithoutDisplayName_ReportedOnTheEntry()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "properties": {
              "kind": { "type": "string", "enum": [ "a", "b" ], "x-ms-enum-values": [ { "displayName": "A", "value": "a" }, {|#0:{ "value": "b" }|} ] } } } } }
            """,
            Verify.Diagnostic(EnumValuesRule.DisplayNameMissing).WithLocation(0).WithArguments("property 'kind'", 1).WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Entry 1 of the x-ms-enum-values of property 'kind' has no displayName; add the name the designer shows for its value"));
    }

    [Fact]
    public async Task ValueTheEnumDoesNotList_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "top", "in": "query", "type": "integer", "enum": [ 10, 50 ],
                "x-ms-enum-values": [ { "displayName": "Ten", "value": 10 }, { "displayName": "Fifty", "value": {|#0:"50"|} } ] } ] } } } }
            """,
            Verify.Diagnostic(EnumValuesRule.ValueNotInEnum).WithLocation(0).WithArguments("parameter 'top' of 'ListItems'", "\"50\"")
                .WithMessage("The x-ms-enum-values of parameter 'top' of 'ListItems' name the value \"50\", which its enum does not list; add it to enum, or correct the value"));
    }

    [Fact]
    public async Task NoEnum_ReportedOnceOnTheExtension()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "properties": {
              "kind": { "type": "string", {|#0:"x-ms-enum-values"|}: [ { "displayName": "A", "value": "a" }, { "displayName": "B", "value": "b" } ] } } } } }
            """,
            Verify.Diagnostic(EnumValuesRule.EnumMissing).WithLocation(0).WithArguments("property 'kind'"));
    }

    [Fact]
    public async Task ValueNamedTwice_ReportedOnTheSecond()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK",
              "schema": { "type": "array", "items": { "type": "string", "enum": [ "a", "b" ],
                "x-ms-enum-values": [ { "displayName": "A", "value": "a" }, { "displayName": "Also A", "value": {|#0:"a"|} }, { "displayName": "B", "value": "b" } ] } } } } } } } }
            """,
            Verify.Diagnostic(EnumValuesRule.DuplicateValue).WithLocation(0).WithArguments("items of schema of response '200' of GET /a", "\"a\""));
    }
}
