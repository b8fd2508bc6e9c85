using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.UniqueArrayValuesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1019Tests
{
    [Fact]
    public async Task UniqueValuesEverywhere_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0", "schemes": [ "http", "https" ], "consumes": [ "application/json", "text/plain" ],
              "paths": { "/items": { "get": {
                "produces": [ "application/json" ],
                "parameters": [ { "name": "kind", "in": "query", "type": "string", "enum": [ "a", "A", "1" ] },
                                { "name": "n", "in": "query", "type": "integer", "enum": [ 1, 2, "1" ] } ],
                "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } } } } } },
              "definitions": { "Item": { "type": "object", "required": [ "id", "name" ], "properties": { "id": { "type": "string" }, "name": { "type": "string" } } } }
            }
            """);
    }

    [Fact]
    public async Task DocumentLevelLists_ReportedOnTheLaterDuplicate()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "schemes": [ "https", {|#0:"https"|} ],
              "consumes": [ "application/json", "text/plain", {|#1:"application/json"|} ],
              "produces": [ "a/b", {|#2:"a/b"|}, {|#3:"a/b"|} ], "paths": {} }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("schemes", "\"https\"", 0),
            Verify.Diagnostic().WithLocation(1).WithArguments("consumes", "\"application/json\"", 0),
            Verify.Diagnostic().WithLocation(2).WithArguments("produces", "\"a/b\"", 0),
            Verify.Diagnostic().WithLocation(3).WithArguments("produces", "\"a/b\"", 0));
    }

    [Fact]
    public async Task OperationLists_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "post": { "consumes": [ "x/y", {|#0:"x/y"|} ], "schemes": [ "http", {|#1:"http"|} ], "responses": {} } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("consumes", "\"x/y\"", 0),
            Verify.Diagnostic().WithLocation(1).WithArguments("schemes", "\"http\"", 0));
    }

    [Fact]
    public async Task SchemaEnumAndRequired_ReportedWherever_TheSchemaIs()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Item": { "type": "object", "required": [ "id", {|#0:"id"|} ], "properties": {
                "status": { "type": "string", "enum": [ "on", "off", {|#1:"on"|} ] },
                "tags": { "type": "array", "items": { "type": "integer", "enum": [ 1, 2, {|#2:1.0|} ] } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("required", "\"id\"", 0),
            Verify.Diagnostic().WithLocation(1).WithArguments("enum", "\"on\"", 0),
            Verify.Diagnostic().WithLocation(2).WithArguments("enum", "1.0", 0));
    }

    [Fact]
    public async Task ParameterAndItemsAndHeaderEnums_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": {
              "parameters": [
                { "name": "p", "in": "query", "type": "string", "enum": [ "x", {|#0:"x"|} ] },
                { "name": "q", "in": "query", "type": "array", "items": { "type": "string", "enum": [ "y", {|#1:"y"|} ] } } ],
              "responses": { "200": { "description": "OK", "headers": { "X-Kind": { "type": "string", "enum": [ "k", {|#2:"k"|} ] } } } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("enum", "\"x\"", 0),
            Verify.Diagnostic().WithLocation(1).WithArguments("enum", "\"y\"", 0),
            Verify.Diagnostic().WithLocation(2).WithArguments("enum", "\"k\"", 0));
    }

    [Fact]
    public async Task ObjectsAndNulls_ComparedAsJsonValues()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "A": { "enum": [ { "a": 1, "b": 2 }, null, "null", {|#0:{ "b": 2, "a": 1 }|}, {|#1:null|}, [ 1 ], [ 1, 2 ] ] } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("enum", "{ \"b\": 2, \"a\": 1 }", 0),
            Verify.Diagnostic().WithLocation(1).WithArguments("enum", "null", 1));
    }

    [Fact]
    public async Task EscapedStrings_ComparedByTheirText_InShortAndLongLists()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Short": { "enum": [ "a", "\u0062", {|#0:"\u0061"|}, {|#1:"b"|}, "\u0041" ] },
              "Long": { "enum": [ "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", 16, {|#2:"v\u0031"|}, {|#3:16.0|} ] } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("enum", "\"\\u0061\"", 0),
            Verify.Diagnostic().WithLocation(1).WithArguments("enum", "\"b\"", 1),
            Verify.Diagnostic().WithLocation(2).WithArguments("enum", "\"v\\u0031\"", 1),
            Verify.Diagnostic().WithLocation(3).WithArguments("enum", "16.0", 16));
    }

    [Fact]
    public async Task SharedParameter_ReportedOnceAtItsDefinition()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "parameters": { "Kind": { "name": "kind", "in": "query", "type": "string", "enum": [ "a", {|#0:"a"|} ] } },
              "paths": { "/a": { "get": { "parameters": [ { "$ref": "#/parameters/Kind" } ], "responses": {} } },
                         "/b": { "get": { "parameters": [ { "$ref": "#/parameters/Kind" } ], "responses": {} } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("enum", "\"a\"", 0));
    }

    [Fact]
    public async Task NotArrays_AndDataValues_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "schemes": "https", "consumes": { "a": 1 }, "paths": { "/a": { "get": {
              "parameters": [ { "name": "p", "in": "query", "type": "boolean", "required": true, "default": [ 1, 1 ] } ], "responses": {} } } },
              "definitions": { "A": { "required": "id", "enum": 3, "example": { "enum": [ 1, 1 ] } } } }
            """);
    }
}
