using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicRequiredMismatchRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1178Tests
{
    [Fact]
    public async Task OptionalParameterForARequiredOne_ReportedOnTheReference()
    {
        // Required for required, optional for optional and a static value are fine.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/lists": { "get": { "operationId": "GetLists", "parameters": [
                  { "name": "siteId", "in": "query", "type": "string", "required": true }, { "name": "top", "in": "query", "type": "integer" } ],
                "responses": { "200": { "description": "OK" } } } },
              "/items": { "get": { "operationId": "GetItems", "parameters": [
                  { "name": "site", "in": "query", "type": "string" }, { "name": "mainSite", "in": "query", "type": "string", "required": true },
                  { "name": "count", "in": "query", "type": "integer" },
                  { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": {|#0:"site"|} }, "top": { "parameter": "count" } } } },
                  { "name": "view", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetLists", "parameters": { "siteId": { "parameterReference": "mainSite" } } } },
                  { "name": "other", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": "root" } } } ],
                "responses": { "200": { "description": "OK" } } } } } }
            """,
            Verify.Diagnostic(DynamicRequiredMismatchRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-values", "'list' (in query)", "'GetItems'", "site", "siteId", "GetLists").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("x-ms-dynamic-values on parameter 'list' (in query) of 'GetItems' passes optional parameter 'site' as 'siteId', which operation 'GetLists' requires; make 'site' required, or pass a static value"));
    }
}
