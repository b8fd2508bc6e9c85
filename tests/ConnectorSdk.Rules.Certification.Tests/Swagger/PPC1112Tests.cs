using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ArrayItemsRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1112Tests
{
    [Fact]
    public async Task ArraysWithItems_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK",
                "headers": { "X-Ids": { "type": "array", "items": { "type": "string" } } },
                "schema": { "type": "array", "items": { "$ref": "#/definitions/Item" } } } } } } },
              "definitions": { "Item": { "type": "object", "properties": { "tags": { "type": "array", "items": [ { "type": "string" } ] } } },
                               "Ref": { "$ref": "#/definitions/Item", "type": "array" } } }
            """);
    }

    [Fact]
    public async Task ArrayWithoutItems_ReportedOnTheType()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetA", "responses": { "200": { "description": "OK",
                "headers": { "X-Ids": { "type": {|#0:"array"|} } },
                "schema": { "type": {|#1:"array"|} } } } } } },
              "definitions": { "Item": { "type": "object", "properties": { "tags": { "type": {|#2:"array"|}, "description": "Tags" },
                "matrix": { "type": "array", "items": { "type": {|#3:"array"|} } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("header 'X-Ids'").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic().WithLocation(1).WithArguments("schema of response '200' of 'GetA'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("property 'tags'")
                .WithMessage("The property 'tags' is of type 'array' but has no 'items'; say what the array holds, e.g. \"items\": { \"type\": \"string\" }"),
            Verify.Diagnostic().WithLocation(3).WithArguments("items of property 'matrix'"));
    }

    [Fact]
    public async Task ArrayParameterWithoutItems_LeftToPPC1002()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "ids", "in": "query", "type": "array" } ] } } } }""");
}
