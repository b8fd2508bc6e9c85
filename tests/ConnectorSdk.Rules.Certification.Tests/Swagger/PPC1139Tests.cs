using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ResponseHeadersAndExamplesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1139Tests
{
    [Fact]
    public async Task DistinctHeadersAndProducedExamples_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "produces": [ "application/json" ], "paths": { "/items": {
              "get": { "responses": { "200": { "description": "OK", "headers": { "X-Rate-Limit": { "type": "integer" }, "X-Rate-Remaining": { "type": "integer" } },
                "examples": { "Application/JSON; charset=utf-8": { "id": "1" } } } } },
              "post": { "produces": [ "text/plain" ], "responses": { "201": { "description": "Created", "examples": { "text/plain": "1" } } } } } } }
            """);
    }

    [Fact]
    public async Task HeaderRepeatedInAnotherCase_ReportedAtTheLaterName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK",
              "headers": { "X-Request-Id": { "type": "string" }, {|#0:"x-request-id"|}: { "type": "string" }, {|#1:"X-REQUEST-ID"|}: { "type": "string" } } } } } } } }
            """,
            Verify.Diagnostic(ResponseHeadersAndExamplesRule.DuplicateHeader).WithLocation(0).WithArguments("x-request-id", "X-Request-Id", "response '200' of 'ListItems'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The header 'x-request-id' of response '200' of 'ListItems' repeats the header 'X-Request-Id'; header names ignore letter case: declare it once"),
            Verify.Diagnostic(ResponseHeadersAndExamplesRule.DuplicateHeader).WithLocation(1).WithArguments("X-REQUEST-ID", "X-Request-Id", "response '200' of 'ListItems'"));
    }

    [Fact]
    public async Task HeadersOfASharedResponse_ReportedOnceWhereWritten()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "$ref": "#/responses/Ok" } } } }, "/b": { "get": { "responses": { "200": { "$ref": "#/responses/Ok" } } } } },
              "responses": { "Ok": { "description": "OK", "headers": { "ETag": { "type": "string" }, {|#0:"Etag"|}: { "type": "string" } } } } }
            """,
            Verify.Diagnostic(ResponseHeadersAndExamplesRule.DuplicateHeader).WithLocation(0).WithArguments("Etag", "ETag", "response 'Ok'"));
    }

    [Fact]
    public async Task ExampleForATypeNotProduced_ReportedAtItsKey()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "produces": [ "text/plain" ], "paths": { "/items": { "get": { "operationId": "ListItems", "produces": [ "application/json", "text/csv" ],
              "responses": { "200": { "description": "OK", "examples": { "application/json": [], {|#0:"text/plain"|}: "a" } } } } } } }
            """,
            Verify.Diagnostic(ResponseHeadersAndExamplesRule.ExampleNotProduced).WithLocation(0).WithArguments("200", "'ListItems'", "text/plain", "'application/json' and 'text/csv'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The 200 response of operation 'ListItems' has an example for 'text/plain', which the operation does not produce (produces: 'application/json' and 'text/csv'); give examples only for the types in 'produces', or add the type there"));
    }

    [Fact]
    public async Task SharedResponseThroughAChainOfReferences_ReportedAtEachOperationsReference()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "produces": [ "application/json" ],
              "paths": { "/items": {
                "get": { "operationId": "ListItems", "responses": { "400": { "$ref": {|#0:"#/responses/Alias"|} } } },
                "post": { "operationId": "CreateItem", "produces": [ "application/xml" ], "responses": { "400": { "$ref": {|#1:"#/responses/Alias"|} } } } } },
              "responses": { "Alias": { "$ref": "#/responses/BadRequest" }, "BadRequest": { "description": "Bad request", "examples": { "application/xml": "<error/>" } } } }
            """,
            Verify.Diagnostic(ResponseHeadersAndExamplesRule.ExampleNotProduced).WithLocation(0).WithArguments("400", "'ListItems'", "application/xml", "'application/json'"));
    }

    [Fact]
    public async Task EmptyProduces_ProducesNothing()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "produces": [], "responses": { "200": { "description": "OK", "examples": { {|#0:"application/json"|}: {} } } } } } } }
            """,
            Verify.Diagnostic(ResponseHeadersAndExamplesRule.ExampleNotProduced).WithLocation(0).WithArguments("200", "GET /a", "application/json", "none"));
    }

    [Fact]
    public async Task NoProducesAnywhere_NotChecked()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK", "examples": { "application/json": {} } } } } } } }""");

    [Fact]
    public async Task ValuesOfTheWrongType_Skipped()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "produces": "application/json", "paths": { "/a": { "get": { "responses": {
              "200": { "description": "OK", "headers": [ "X-A", "x-a" ], "examples": [ "text/plain" ] }, "400": "Bad" } } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK", "headers": { "A": {}, {|#0:"a"|}: {} } } } } } } }""" },
            Verify.Diagnostic(ResponseHeadersAndExamplesRule.DuplicateHeader).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
