using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DefaultResponseSchemaRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1133Tests
{
    [Fact]
    public async Task DefaultWithoutSchema_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": {
                "200": { "description": "OK", "schema": { "$ref": "#/definitions/Items" } },
                "400": { "$ref": "#/responses/Error" },
                "default": { "description": "Failure" } } } } },
              "responses": { "Error": { "description": "Failure", "schema": { "type": "object" } } },
              "definitions": { "Items": { "type": "array", "items": { "type": "string" } } } }
            """);
    }

    [Fact]
    public async Task DefaultWithSchema_ReportedOnTheSchemaName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": {
                "200": { "description": "OK" },
                "default": { "description": "Error", {|#0:"schema"|}: { "$ref": "#/definitions/Error" } } } } } },
              "definitions": { "Error": { "type": "object" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Operation 'ListItems' has a 'default' response with a schema; the validator rejects it: put the schema on the success response (200 or 201) and leave 'default' without one"));
    }

    [Fact]
    public async Task EmptySchemaOnDefault_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "delete": { "responses": { "default": { "description": "Done", [|"schema"|]: {} } } } } } }
            """);
    }

    [Fact]
    public async Task SharedDefaultResponseWithSchema_ReportedOnEachOperationsReference()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": {
                "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" }, "default": { "$ref": {|#0:"#/responses/Failure"|} } } },
                "post": { "operationId": "CreateItem", "responses": { "201": { "description": "Created" }, "default": { "$ref": {|#1:"#/responses/Alias"|} } } } } },
              "responses": {
                "Alias": { "$ref": "#/responses/Failure" },
                "Failure": { "description": "Failure", "schema": { "type": "object", "properties": { "message": { "type": "string" } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'CreateItem'"));
    }

    [Fact]
    public async Task SchemaThroughAChainOfDefinitions_ReportedOnTheSchemaName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": {
                "200": { "description": "OK" }, "default": { "description": "Error", {|#0:"schema"|}: { "$ref": "#/definitions/Alias" } } } } } },
              "definitions": { "Alias": { "$ref": "#/definitions/Error" }, "Error": { "type": "object" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'"));
    }

    [Fact]
    public async Task UnresolvedReference_LeftToPPC1016()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "default": { "$ref": "#/responses/Missing" } } } } } }""");

    [Fact]
    public async Task DefaultOfTheWrongType_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "default": [ { "schema": {} } ] } } } } }""");

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "default": { "description": "E", {|#0:"schema"|}: {} } } } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
