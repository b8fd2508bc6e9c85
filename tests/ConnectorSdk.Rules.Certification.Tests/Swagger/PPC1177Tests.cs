using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicPathRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1177Tests
{
    [Fact]
    public async Task PathsFromTheRoot_NoDiagnostic()
    {
        // A '/' inside a path, a non-string path (PPC1161's) and a '/' in another member are not this rule's.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetA", "parameters": [
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-collection": "data/items", "value-path": "id", "value-title": 2 } },
                { "name": "site", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetSites", "parameters": { "q": { "value": "/" } }, "itemValuePath": "id" } } ],
              "responses": { "200": { "description": "OK" } } } } } }
            """);
    }

    [Fact]
    public async Task PathsWithALeadingSlash_ReportedOnThePath()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "post": { "operationId": "PostA", "parameters": [
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-collection": {|#0:"/value"|}, "value-path": "id" } },
                { "name": "site", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetSites", "itemsPath": "value", "itemValuePath": {|#1:"/id"|} } },
                { "name": "body", "in": "body", "schema": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": {|#2:"//schema/properties"|} } } } ],
              "responses": { "200": { "description": "OK" } } } } } }
            """,
            Verify.Diagnostic(DynamicPathRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-values", "parameter 'list' of 'PostA'", "value-collection", "/value", "value").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("x-ms-dynamic-values on parameter 'list' of 'PostA' has value-collection \"/value\", which starts with '/'; write the path from the response's root without it, as in \"value\""),
            Verify.Diagnostic(DynamicPathRule.Rule).WithLocation(1).WithArguments("x-ms-dynamic-list", "parameter 'site' of 'PostA'", "itemValuePath", "/id", "id"),
            Verify.Diagnostic(DynamicPathRule.Rule).WithLocation(2).WithArguments("x-ms-dynamic-schema", "schema of parameter 'body' of 'PostA'", "value-path", "//schema/properties", "schema/properties"));
    }
}
