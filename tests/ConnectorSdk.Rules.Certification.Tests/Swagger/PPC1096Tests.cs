using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ParameterUniquenessRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1096Tests
{
    [Fact]
    public async Task UniqueParameters_SameNameInAnotherLocation_OverrideOfThePathItem_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": {
              "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" }, { "name": "body", "in": "body", "schema": {} } ],
              "get": { "parameters": [ { "name": "id", "in": "query", "type": "string" } ] },
              "put": { "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object" } } ] } } } }
            """);
    }

    [Fact]
    public async Task RepeatedParameter_ReportedAtTheRepetition()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "top", "in": "query", "type": "integer" },
              { "name": "top", "in": "header", "type": "integer" },
              { "name": {|#0:"top"|}, "in": "query", "type": "string" } ] } } } }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.DuplicateInOperation).WithLocation(0).WithArguments("'ListItems'", "'top' (in query)").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Operation 'ListItems' names parameter 'top' (in query) more than once; a name may appear once per location: remove the repetition or rename one"));
    }

    [Fact]
    public async Task RepetitionThroughAReferenceChain_ReportedAtTheReference()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "parameters": {
                "Top": { "$ref": "#/parameters/TopDefinition" },
                "TopDefinition": { "name": "top", "in": "query", "type": "integer" }
              },
              "paths": { "/items": { "get": { "parameters": [ { "name": "top", "in": "query", "type": "integer" }, { "$ref": {|#0:"#/parameters/Top"|} } ] } } }
            }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.DuplicateInOperation).WithLocation(0).WithArguments("GET /items", "'top' (in query)"));
    }

    [Fact]
    public async Task RepetitionInThePathItem_ReportedOnceForThePath()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": {
              "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" }, { "name": {|#0:"id"|}, "in": "path", "required": true, "type": "string" } ],
              "get": { }, "delete": { } } } }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.DuplicateInPath).WithLocation(0).WithArguments("/items/{id}", "'id' (in path)")
                .WithMessage("Path '/items/{id}' names parameter 'id' (in path) more than once; a name may appear once per location: remove the repetition or rename one"));
    }

    [Fact]
    public async Task TwoBodies_ReportedAtTheSecond()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "operationId": "CreateItem", "parameters": [
              { "name": "item", "in": "body", "schema": { "type": "object" } },
              { "name": {|#0:"options"|}, "in": "body", "schema": { "type": "object" } } ] } } } }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.MultipleBodiesInOperation).WithLocation(0).WithArguments("'CreateItem'", 2, "'item' (in body), 'options' (in body)")
                .WithMessage("Operation 'CreateItem' has 2 body parameters ('item' (in body), 'options' (in body)); a request has one body: describe it with one schema"));
    }

    [Fact]
    public async Task BodyOnThePathItemAndAnotherOnTheOperation_ReportedAtTheOperations()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "parameters": { "Payload": { "name": "payload", "in": "body", "schema": { "type": "object" } } },
              "paths": { "/items": {
                "parameters": [ { "name": "item", "in": "body", "schema": { "type": "object" } } ],
                "post": { "operationId": "CreateItem", "parameters": [ { "$ref": {|#0:"#/parameters/Payload"|} } ] },
                "put": { "operationId": "ReplaceItem", "parameters": [ { "name": "item", "in": "body", "schema": { "type": "object" } } ] } } }
            }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.MultipleBodiesInOperation).WithLocation(0).WithArguments("'CreateItem'", 2, "'payload' (in body), 'item' (in body)"));
    }

    [Fact]
    public async Task TwoBodiesOnThePathItem_ReportedForThePathOnly()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "parameters": [ { "name": "a", "in": "body", "schema": {} }, { "name": {|#0:"b"|}, "in": "body", "schema": {} } ],
              "post": { }, "put": { } } } }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.MultipleBodiesInPath).WithLocation(0).WithArguments("/items", 2, "'a' (in body), 'b' (in body)"));
    }

    [Fact]
    public async Task BodyAndFormData_ReportedAtTheFormData()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/files": {
              "parameters": [ { "name": "metadata", "in": "body", "schema": { "type": "object" } } ],
              "post": { "operationId": "Upload", "parameters": [ { "name": {|#0:"file"|}, "in": "formData", "type": "file" } ] } } } }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.BodyAndFormDataInOperation).WithLocation(0).WithArguments("'Upload'", "'metadata' (in body)", "'file' (in formData)")
                .WithMessage("Operation 'Upload' has both the body parameter 'metadata' (in body) and the form data parameter 'file' (in formData); a request carries one or the other"));
    }

    [Fact]
    public async Task BodyAndFormDataOnThePathItem_ReportedForThePath()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/files": {
              "parameters": [ { "name": "metadata", "in": "body", "schema": {} }, { "name": {|#0:"file"|}, "in": "formData", "type": "file" } ],
              "post": { } } } }
            """,
            Verify.Diagnostic(ParameterUniquenessRule.BodyAndFormDataInPath).WithLocation(0).WithArguments("/files", "'metadata' (in body)", "'file' (in formData)"));
    }

    [Theory]
    [InlineData("{ \"$ref\": \"#/parameters/Missing\" }, { \"$ref\": \"#/parameters/Missing\" }")]
    [InlineData("{ \"name\": 1, \"in\": \"query\" }, { \"name\": 1, \"in\": \"query\" }")]
    [InlineData("\"top\", \"top\"")]
    [InlineData("{ \"in\": \"body\" }, { \"in\": \"body\" }")]
    public async Task UnresolvedOrIncompleteEntries_NotCompared(string entries)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "parameters": [ {{entries}} ], "post": { "parameters": [ {{entries}} ] } } } }""");

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "q", "in": "query" }, { "name": {|#0:"q"|}, "in": "query" } ] } } } }""" },
            Verify.Diagnostic(ParameterUniquenessRule.DuplicateInOperation).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
