using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.PathItemReferenceRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1017Tests
{
    [Fact]
    public async Task PathItemWithOperations_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } } } } } } }
            """);
    }

    [Fact]
    public async Task PathItemRef_ReportedOnTheRefName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { {|#0:"$ref"|}: "#/x-paths/items" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("/items"));
    }

    [Fact]
    public async Task RefNextToOperations_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { [|"$ref"|]: 42, "get": { "responses": {} } } } }
            """);
    }

    [Fact]
    public async Task ExtensionsAndOddPaths_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "x-ms-ref": { "$ref": "#/definitions/A" }, "/a": [], "/b": null } }
            """);
    }
}
