using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.CompleteDocumentRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1002Tests
{
    [Fact]
    public async Task CompleteDocument_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "version": "1.0", "contact": { "name": "Contoso" }, "license": { "name": "MIT" }, "x-ms-api-annotation": { "status": "Preview" } },
              "host": "api.contoso.com", "basePath": "/", "schemes": [ "https" ], "consumes": [], "produces": [ "application/json" ],
              "tags": [ { "name": "Items" } ],
              "paths": {
                "x-ms-anything": "extensions are open",
                "/items/{id}": {
                  "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ],
                  "get": {
                    "operationId": "GetItem", "tags": [ "Items" ], "deprecated": false,
                    "parameters": [
                      { "name": "fields", "in": "query", "type": "array", "items": { "type": "string" } },
                      { "$ref": "#/parameters/Top" }
                    ],
                    "responses": { "200": { "description": "OK", "schema": { "type": "object" } }, "default": { "$ref": "#/responses/Error" }, "x-ms-extra": 1 },
                    "x-ms-visibility": "important"
                  },
                  "post": { "operationId": "Update", "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Item" } } ], "responses": {} }
                }
              },
              "parameters": { "Top": { "name": "$top", "in": "query", "type": "integer" } },
              "responses": { "Error": { "description": "Failure" } },
              "definitions": { "Item": { "type": "object" } },
              "x-ms-connector-metadata": [ { "propertyName": "Website", "propertyValue": "https://contoso.com" } ]
            }
            """);
    }

    [Fact]
    public async Task MissingInfoAndPaths_ReportedOnTheDocument()
    {
        await Verify.VerifySwaggerAsync(
            """{|#0:{ "swagger": "2.0" }|}""",
            Verify.Diagnostic().WithLocation(0).WithArguments("The document", "has no 'info', which OpenAPI 2.0 requires (an object)").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic().WithLocation(0).WithArguments("The document", "has no 'paths', which OpenAPI 2.0 requires (an object)"));
    }

    [Fact]
    public async Task InfoWithoutTitleAndVersion_ReportedOnInfo()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", {|#0:"info"|}: { "description": "Contoso" }, "paths": {} }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'info'", "has no 'title', which OpenAPI 2.0 requires (a string)"),
            Verify.Diagnostic().WithLocation(0).WithArguments("'info'", "has no 'version', which OpenAPI 2.0 requires (a string)"));
    }

    [Fact]
    public async Task WrongValueTypes_ReportedOnTheValues()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "info": { "title": {|#0:42|}, "version": "1.0", "license": { "url": "https://x" } },
              "schemes": [ "https", {|#1:1|} ],
              "host": {|#2:["api.contoso.com"]|},
              "paths": { "/a": { "get": { "parameters": {|#3:{}|}, "responses": {|#4:[]|} } } },
              "x-ms-capabilities": "not checked"
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'info'", "has 'title' that is a number; OpenAPI 2.0 requires a string"),
            Verify.Diagnostic().WithLocation(1).WithArguments("The document", "has an item of 'schemes' that is a number; OpenAPI 2.0 requires an array of strings"),
            Verify.Diagnostic().WithLocation(2).WithArguments("The document", "has 'host' that is an array; OpenAPI 2.0 requires a string"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Operation GET /a", "has 'parameters' that is an object; OpenAPI 2.0 requires an array"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Operation GET /a", "has 'responses' that is an array; OpenAPI 2.0 requires an object"),
            Verify.Diagnostic("PPC1002").WithArguments("'info.license'", "has no 'name', which OpenAPI 2.0 requires (a string)"));
    }

    [Fact]
    public async Task OperationWithoutResponses_ReportedOnTheVerb()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "info": { "title": "C", "version": "1" }, "paths": { "/a": { {|#0:"get"|}: { "operationId": "A" } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("Operation GET /a", "has no 'responses', which OpenAPI 2.0 requires (an object)"));
    }

    [Fact]
    public async Task EmptyResponses_NotReported()
    {
        // OpenAPI 2.0 asks for at least one response; certified connectors have none on webhook operations and pass.
        await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "info": { "title": "C", "version": "1" }, "paths": { "/a": { "post": { "responses": {} } } } }""");
    }

    [Fact]
    public async Task ResponseWithoutDescription_ReportedOnTheStatusCode()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0", "info": { "title": "C", "version": "1" },
              "paths": { "/a": { "get": { "responses": { {|#0:"200"|}: { "schema": {} }, "404": {|#1:"Not found"|} } } } },
              "responses": { {|#2:"Shared"|}: {} }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Response '200' of operation GET /a", "has no 'description', which OpenAPI 2.0 requires (a string)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Response '404' of operation GET /a", "is a string; OpenAPI 2.0 requires a response object"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Response definition 'Shared'", "has no 'description', which OpenAPI 2.0 requires (a string)"));
    }

    [Fact]
    public async Task Parameters_RequiredFieldsByLocation()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0", "info": { "title": "C", "version": "1" },
              "paths": {
                "/a": {
                  "parameters": [ {|#0:{ "in": "header", "type": "string" }|} ],
                  "post": {
                    "parameters": [
                      {|#1:{ "name": "body", "in": "body" }|},
                      {|#2:{ "name": "q", "in": "query" }|},
                      { "name": "kind", "in": {|#3:"Query"|}, "type": "string" },
                      { "name": "ids", "in": "query", "type": {|#4:"array"|} },
                      { "name": "when", "in": "query", "type": {|#5:"date"|} },
                      {|#6:"id"|}
                    ],
                    "responses": {}
                  }
                }
              },
              "parameters": { {|#7:"Shared"|}: { "in": "query", "type": "string" } }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Parameter #0 of path '/a'", "has no 'name', which OpenAPI 2.0 requires (a string)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Parameter 'body' of operation POST /a", "is a body parameter with no 'schema', which OpenAPI 2.0 requires (an object)"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Parameter 'q' of operation POST /a", "is a query parameter with no 'type', which OpenAPI 2.0 requires (string, number, integer, boolean, array, file)"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Parameter 'kind' of operation POST /a", "has 'in' \"Query\"; OpenAPI 2.0 allows query, header, path, formData, body"),
            Verify.Diagnostic().WithLocation(4).WithArguments("Parameter 'ids' of operation POST /a", "is an array with no 'items', which OpenAPI 2.0 requires for an array parameter (an object)"),
            Verify.Diagnostic().WithLocation(5).WithArguments("Parameter 'when' of operation POST /a", "has 'type' \"date\"; a query parameter's type must be one of string, number, integer, boolean, array, file"),
            Verify.Diagnostic().WithLocation(6).WithArguments("Parameter #5 of operation POST /a", "is a string; OpenAPI 2.0 requires a parameter object"),
            Verify.Diagnostic().WithLocation(7).WithArguments("Parameter definition 'Shared'", "has no 'name', which OpenAPI 2.0 requires (a string)"));
    }

    [Fact]
    public async Task PathItemThatIsNotAnObject_Reported()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "info": { "title": "C", "version": "1" }, "paths": { "/a": {|#0:[]|}, "/b": { "get": {|#1:"x"|} } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("Path '/a'", "is an array; OpenAPI 2.0 requires a path item object"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Path '/b'", "has 'get' that is a string; OpenAPI 2.0 requires an object"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"swagger\"")]
    [InlineData("""{ "swagger": "2.0", "info": "Contoso", "paths": [], "parameters": 1, "responses": null, "tags": {} }""")]
    public async Task OddRoots_NoFailure(string swagger)
    {
        // A root that is not an object is PPC1001's; wrong section types are reported once, on the section.
        var test = new ConnectorTest { Swagger = swagger };
        test.ExpectedDiagnostics.AddRange(swagger.StartsWith('{')
            ? [
                Verify.Diagnostic().WithArguments("The document", "has 'info' that is a string; OpenAPI 2.0 requires an object"),
                Verify.Diagnostic().WithArguments("The document", "has 'paths' that is an array; OpenAPI 2.0 requires an object"),
                Verify.Diagnostic().WithArguments("The document", "has 'parameters' that is a number; OpenAPI 2.0 requires an object"),
                Verify.Diagnostic().WithArguments("The document", "has 'responses' that is null; OpenAPI 2.0 requires an object"),
                Verify.Diagnostic().WithArguments("The document", "has 'tags' that is an object; OpenAPI 2.0 requires an array"),
            ]
            : []);
        await Verify.VerifyAsync(test);
    }

    [Theory]
    [InlineData("""{ "openapi": "3.0.1", "info": { "title": "C", "version": "1" }, "paths": { "/a": { "get": { "parameters": [ { "name": "q", "in": "query", "schema": { "type": "string" } } ], "responses": { "200": { "content": {} } } } } } }""")]
    [InlineData("""{ "swagger": "3.0", "paths": [] }""")]
    [InlineData("""{ "swagger": 2.0 }""")]
    [InlineData("""{ "paths": {} }""")]
    public async Task DocumentNotDeclared20_LeftToPPC1001(string swagger)
    {
        await Verify.VerifySwaggerAsync(swagger);
    }

    [Fact]
    public async Task References_LeftToTheReferenceRule()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "info": { "title": "C", "version": "1" }, "paths": { "/a": { "get": { "parameters": [ { "$ref": "#/parameters/Missing" } ], "responses": { "200": { "$ref": "#/responses/Missing" } } } } } }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.IndependentPublisher)]
    [InlineData(ConnectorKind.Custom)]
    public async Task EveryKind_Reported(ConnectorKind kind)
    {
        var test = new ConnectorTest { Swagger = """{ "swagger": "2.0", {|#0:"info"|}: { "title": "C" }, "paths": {} }""", Kind = kind };
        await Verify.VerifyAsync(test, Verify.Diagnostic().WithLocation(0).WithArguments("'info'", "has no 'version', which OpenAPI 2.0 requires (a string)"));
    }
}
