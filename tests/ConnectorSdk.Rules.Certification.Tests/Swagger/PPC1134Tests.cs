using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.EmptyResponseSchemaRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1134Tests
{
    [Theory]
    [InlineData("""{ "type": "object", "properties": { "id": { "type": "string" } } }""")]
    [InlineData("""{ "type": "object" }""")]
    [InlineData("""{ "type": "string", "format": "binary" }""")]
    [InlineData("""{ "$ref": "#/definitions/Item" }""")]
    [InlineData("""{ "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "schema" } }""")]
    [InlineData("""{ "allOf": [ { "$ref": "#/definitions/Item" } ] }""")]
    public async Task SchemaThatDescribesTheBody_NoDiagnostic(string schema)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": { "200": { "description": "OK", "schema": {{schema}} } } } } },
              "definitions": { "Item": { "type": "object", "properties": { "id": { "type": "string" } } } } }
            """);
    }

    [Theory]
    [InlineData("200")]
    [InlineData("201")]
    public async Task EmptySchemaOn200Or201_Reported(string status)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "post": { "operationId": "CreateItem", "responses": { "{{status}}": { "description": "OK", "schema": {|#0:{}|} } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(status, "'CreateItem'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage($"The {status} response of operation 'CreateItem' has an empty schema; describe what the action returns (type and properties or items), use x-ms-dynamic-schema if it depends on the input, or remove the schema if there is no body"));
    }

    [Fact]
    public async Task OnlyAnnotations_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": { "200": { "description": "OK", "schema": [|{ "description": "The item", "title": "Item" }|] } } } } } }
            """);
    }

    [Fact]
    public async Task OtherStatuses_NotReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": { "202": { "description": "Accepted", "schema": {} }, "400": { "description": "Bad", "schema": {} } } } } } }
            """);
    }

    [Fact]
    public async Task ReferencesToAnEmptyDefinitionAndASharedResponse_Followed()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": {
                "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK", "schema": {|#0:{ "$ref": "#/definitions/Alias" }|} } } },
                "post": { "operationId": "CreateItem", "responses": { "201": { "$ref": {|#1:"#/responses/Created"|} } } } } },
              "responses": { "Created": { "description": "Created", "schema": { "$ref": "#/definitions/Nothing" } } },
              "definitions": { "Alias": { "$ref": "#/definitions/Nothing" }, "Nothing": {} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("200", "'ListItems'"),
            Verify.Diagnostic().WithLocation(1).WithArguments("201", "'CreateItem'"));
    }

    [Fact]
    public async Task SharedResponseChainToADefinitionChain_FollowedToTheEnd()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/items": {
                "get": { "operationId": "ListItems", "responses": { "200": { "$ref": {|#0:"#/responses/Alias"|} } } },
                "put": { "responses": { "200": { "$ref": "#/responses/Described" } } } } },
              "responses": {
                "Alias": { "$ref": "#/responses/Ok" }, "Ok": { "description": "OK", "schema": { "$ref": "#/definitions/First" } },
                "Described": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } } },
              "definitions": { "First": { "$ref": "#/definitions/Second" }, "Second": { "description": "Nothing more" },
                "Item": { "$ref": "#/definitions/Real" }, "Real": { "type": "object", "properties": { "id": { "type": "string" } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("200", "'ListItems'"));
    }

    [Fact]
    public async Task DynamicResponse_OrInternalOperation_NotReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "responses": { "200": { "description": "OK", "schema": {}, "x-ms-dynamic-schema": { "operationId": "GetSchema" } } } },
              "post": { "x-ms-visibility": "internal", "responses": { "200": { "description": "OK", "schema": {} } } } } } }
            """);
    }

    [Fact]
    public async Task UnresolvedSchemaReference_LeftToPPC1016()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Missing" } } } } } } }""");

    [Theory]
    [InlineData(ConnectorKind.IndependentPublisher, DiagnosticSeverity.Error)]
    [InlineData(ConnectorKind.Custom, DiagnosticSeverity.Warning)]
    public async Task SeverityByKind(ConnectorKind kind, DiagnosticSeverity severity)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = kind, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK", "schema": {|#0:{}|} } } } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(severity));
    }
}
