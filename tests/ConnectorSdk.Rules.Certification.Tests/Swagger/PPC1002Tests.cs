using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.Swagger;
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
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(0).WithArguments("Swagger Object", "info", "an object").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(0).WithArguments("Swagger Object", "paths", "an object"));
    }

    [Fact]
    public async Task InfoWithoutTitleAndVersion_ReportedOnInfo()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", {|#0:"info"|}: { "description": "Contoso" }, "paths": {} }""",
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(0).WithArguments("Info Object", "title", "a string"),
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(0).WithArguments("Info Object", "version", "a string"));
    }

    [Fact]
    public async Task WrongValueTypes_ReportedOnTheValues()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "info": { "title": {|#0:42|}, "version": "1.0", {|#5:"license"|}: { "url": "https://x" } },
              "schemes": [ "https", {|#1:1|} ],
              "host": {|#2:["api.contoso.com"]|},
              "paths": { "/a": { "get": { "parameters": {|#3:{}|}, "responses": {|#4:[]|} } } },
              "x-ms-capabilities": "not checked"
            }
            """,
            Verify.Diagnostic(CompleteDocumentRule.WrongType).WithLocation(0).WithArguments("title", "Info Object", "a number", "a string"),
            Verify.Diagnostic(CompleteDocumentRule.WrongItemType).WithLocation(1).WithArguments("schemes", "Swagger Object", "a number"),
            Verify.Diagnostic(CompleteDocumentRule.WrongType).WithLocation(2).WithArguments("host", "Swagger Object", "an array", "a string"),
            Verify.Diagnostic(CompleteDocumentRule.WrongType).WithLocation(3).WithArguments("parameters", "Operation Object", "an object", "an array"),
            Verify.Diagnostic(CompleteDocumentRule.WrongType).WithLocation(4).WithArguments("responses", "Operation Object", "an array", "an object"),
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(5).WithArguments("License Object", "name", "a string"));
    }

    [Fact]
    public async Task OperationWithoutResponses_LeftToPPC1130()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "info": { "title": "C", "version": "1" }, "paths": { "/a": { "get": { "operationId": "A" } } } }""");

    [Fact]
    public async Task EmptyResponses_LeftToPPC1130()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "info": { "title": "C", "version": "1" }, "paths": { "/a": { "post": { "responses": {} } } } }""");

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
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(0).WithArguments("Response Object", "description", "a string"),
            Verify.Diagnostic(CompleteDocumentRule.NotAnObject).WithLocation(1).WithArguments("a string", "Response Object"),
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(2).WithArguments("Response Object", "description", "a string"));
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
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(0).WithArguments("Parameter Object", "name", "a string"),
            Verify.Diagnostic(CompleteDocumentRule.BodyWithoutSchema).WithLocation(1),
            Verify.Diagnostic(CompleteDocumentRule.MissingType).WithLocation(2).WithArguments("query", "string, number, integer, boolean, array, file"),
            Verify.Diagnostic(CompleteDocumentRule.UnknownLocation).WithLocation(3).WithArguments("Query", "query, header, path, formData, body"),
            Verify.Diagnostic(CompleteDocumentRule.ArrayWithoutItems).WithLocation(4),
            Verify.Diagnostic(CompleteDocumentRule.UnknownType).WithLocation(5).WithArguments("date", "query", "string, number, integer, boolean, array, file"),
            Verify.Diagnostic(CompleteDocumentRule.NotAnObject).WithLocation(6).WithArguments("a string", "Parameter Object"),
            Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(7).WithArguments("Parameter Object", "name", "a string"));
    }

    [Fact]
    public async Task PathItemThatIsNotAnObject_Reported()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "info": { "title": "C", "version": "1" }, "paths": { "/a": {|#0:[]|}, "/b": { "get": {|#1:"x"|} } } }""",
            Verify.Diagnostic(CompleteDocumentRule.NotAnObject).WithLocation(0).WithArguments("an array", "Path Item Object"),
            Verify.Diagnostic(CompleteDocumentRule.WrongType).WithLocation(1).WithArguments("get", "Path Item Object", "a string", "an object"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"swagger\"")]
    [InlineData("""{ "swagger": "2.0", "info": "Contoso", "paths": [], "parameters": 1, "responses": null, "tags": {} }""")]
    public async Task OddRoots_NoFailure(string swagger)
    {
        const string SwaggerFile = "apiDefinition.swagger.json";
        // A root that is not an object is PPC1001's; wrong section types are reported once, on the section.
        var test = new ConnectorTest { Swagger = swagger };
        test.ExpectedDiagnostics.AddRange(swagger.StartsWith('{')
            ? [
                Verify.Diagnostic(CompleteDocumentRule.WrongType).WithSpan(SwaggerFile, 1, 29, 1, 38).WithArguments("info", "Swagger Object", "a string", "an object"),
                Verify.Diagnostic(CompleteDocumentRule.WrongType).WithSpan(SwaggerFile, 1, 49, 1, 51).WithArguments("paths", "Swagger Object", "an array", "an object"),
                Verify.Diagnostic(CompleteDocumentRule.WrongType).WithSpan(SwaggerFile, 1, 67, 1, 68).WithArguments("parameters", "Swagger Object", "a number", "an object"),
                Verify.Diagnostic(CompleteDocumentRule.WrongType).WithSpan(SwaggerFile, 1, 83, 1, 87).WithArguments("responses", "Swagger Object", "null", "an object"),
                Verify.Diagnostic(CompleteDocumentRule.WrongType).WithSpan(SwaggerFile, 1, 97, 1, 99).WithArguments("tags", "Swagger Object", "an object", "an array"),
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
        await Verify.VerifyAsync(test, Verify.Diagnostic(CompleteDocumentRule.MissingField).WithLocation(0).WithArguments("Info Object", "version", "a string"));
    }
}
