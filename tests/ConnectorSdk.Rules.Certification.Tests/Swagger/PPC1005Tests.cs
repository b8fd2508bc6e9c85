using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.BodySchemaCountRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1005Tests
{
    private static string SwaggerWithBody(string bodySchema, string definitions = "{}")
        => $$"""
            {
              "swagger": "2.0",
              "paths": {
                "/items": {
                  "post": {
                    "operationId": "CreateItem",
                    "parameters": [ { "name": "body", "in": "body", {|#0:"schema"|}: {{bodySchema}} } ],
                    "responses": { "200": { "description": "OK", "schema": {{SchemaJson.Object(600)}} } }
                  }
                }
              },
              "definitions": {{definitions}}
            }
            """;

    [Fact]
    public async Task BodyOf512Schemas_NoDiagnostic()
    {
        // The response is larger, but only bodies have this limit.
        await Verify.VerifySwaggerAsync(SwaggerWithBody(SchemaJson.Object(511)).Replace("{|#0:\"schema\"|}", "\"schema\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BodyOf513Schemas_ReportedOnTheSchema()
    {
        await Verify.VerifySwaggerAsync(
            SwaggerWithBody(SchemaJson.Object(512)),
            Verify.Diagnostic().WithLocation(0).WithArguments("body", "CreateItem", 513L).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task References_AreExpandedWhereverTheyAreUsed()
    {
        // 1 + 2 × (1 + 256) = 515: each use of the definition counts.
        var definitions = $$"""{ "Part": {{SchemaJson.Object(256)}} }""";
        await Verify.VerifySwaggerAsync(
            SwaggerWithBody("""{ "type": "object", "properties": { "a": { "$ref": "#/definitions/Part" }, "b": { "$ref": "#/definitions/Part" } } }""", definitions),
            Verify.Diagnostic().WithLocation(0).WithArguments("body", "CreateItem", 515L));
    }

    [Fact]
    public async Task SharedBodyParameter_ReportedAtEachReference()
    {
        await Verify.VerifySwaggerAsync($$"""
            {
              "swagger": "2.0",
              "paths": {
                "/a": { "post": { "parameters": [ { "$ref": {|#0:"#/parameters/Big"|} } ], "responses": {} } },
                "/b": { "put": { "operationId": "PutB", "parameters": [ { "$ref": {|#1:"#/parameters/Big"|} } ], "responses": {} } }
              },
              "parameters": { "Big": { "name": "payload", "in": "body", "schema": {{SchemaJson.Object(600)}} } }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("payload", "POST /a", 601L),
            Verify.Diagnostic().WithLocation(1).WithArguments("payload", "PutB", 601L));
    }

    [Fact]
    public async Task RecursiveSchema_CountedOnceAndFinite()
    {
        await Verify.VerifySwaggerAsync(SwaggerWithBody(
            """{ "$ref": "#/definitions/Node" }""",
            """{ "Node": { "type": "object", "properties": { "children": { "type": "array", "items": { "$ref": "#/definitions/Node" } }, "self": { "$ref": "#/definitions/Loop" } } }, "Loop": { "$ref": "#/definitions/Loop" } }""")
            .Replace("{|#0:\"schema\"|}", "\"schema\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"a string\"")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "$ref": "#/definitions/Missing" }""")]
    [InlineData("""{ "$ref": 42 }""")]
    [InlineData("""{ "properties": [], "items": "x", "allOf": {}, "additionalProperties": true }""")]
    public async Task OddSchemas_NoDiagnosticAndNoFailure(string schema)
    {
        await Verify.VerifySwaggerAsync(SwaggerWithBody(schema).Replace("{|#0:\"schema\"|}", "\"schema\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllOfItemsAndAdditionalProperties_Counted()
    {
        // 1 + allOf (1 + 200) + items (1 + 200) + additionalProperties (1 + 200) = 604.
        var part = SchemaJson.Object(200);
        await Verify.VerifySwaggerAsync(
            SwaggerWithBody($$"""{ "allOf": [ {{part}} ], "items": {{part}}, "additionalProperties": {{part}} }"""),
            Verify.Diagnostic().WithLocation(0).WithArguments("body", "CreateItem", 604L));
    }

    [Fact]
    public async Task CustomConnector_Reported()
    {
        var test = new ConnectorTest { Swagger = SwaggerWithBody(SchemaJson.Object(600)), Kind = ConnectorKind.Custom };
        await Verify.VerifyAsync(test, Verify.Diagnostic().WithLocation(0).WithArguments("body", "CreateItem", 601L));
    }
}
