using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.AmbiguousParameterNameRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1118Tests
{
    [Fact]
    public async Task DistinctNames_AndAPlainNameEqualToABodyProperty_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "parameters": [
              { "name": "id", "in": "query", "type": "string" },
              { "name": "item/color", "in": "header", "type": "string" },
              { "name": "body", "in": "body", "schema": { "type": "object", "properties": { "id": { "type": "string" }, "item": { "type": "object", "properties": { "name": { "type": "string" } } } } } } ] } } } }
            """);
    }

    [Fact]
    public async Task NameThatIsAPathToABodyProperty_ThroughReferences_ReportedWhereDeclared()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "definitions": { "Item": { "type": "object", "properties": { "owner": { "$ref": "#/definitions/Person" } } }, "Person": { "type": "object", "properties": { "email": { "type": "string" } } } },
              "paths": { "/items": {
                "parameters": [ { "name": {|#0:"owner/email"|}, "in": "query", "type": "string" } ],
                "post": { "operationId": "CreateItem", "parameters": [ { "name": "item", "in": "body", "schema": { "$ref": "#/definitions/Item" } } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'owner/email' (in query)", "'CreateItem'", "'item' (in body)").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Parameter 'owner/email' (in query) of 'CreateItem' is named like the path of a property of the body 'item' (in body); a reference to that name could mean either: rename the parameter"));
    }

    [Fact]
    public async Task NoBodyOrNoSchema_NotThisRule()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/a": { "get": { "parameters": [ { "name": "a/b", "in": "query" } ] } },
              "/b": { "post": { "parameters": [ { "name": "a/b", "in": "query" }, { "name": "body", "in": "body" } ] } },
              "/c": { "post": { "parameters": [ { "name": "a/b", "in": "query" }, { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Missing" } } ] } } } }
            """);
    }
}
