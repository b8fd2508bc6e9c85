using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.InternalParameterOptionalRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1142Tests
{
    [Fact]
    public async Task InternalParametersWithDefaultsRequired_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [
              { "name": "Accept", "in": "header", "type": "string", "required": true, "x-ms-visibility": "internal", "default": "application/json" },
              { "name": "top", "in": "query", "type": "integer", "x-ms-visibility": "advanced", "default": 10 },
              { "name": "skip", "in": "query", "type": "integer", "x-ms-visibility": "internal" },
              { "name": "body", "in": "body", "x-ms-visibility": "internal", "default": {}, "schema": { "type": "object" } } ] } } } }
            """);
    }

    [Fact]
    public async Task OptionalInternalParameterWithDefault_ReportedOnItsName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/libraries": { "get": { "operationId": "GetLibraries", "parameters": [
              { "name": {|#0:"showAll"|}, "in": "query", "type": "boolean", "x-ms-visibility": "internal", "default": true },
              { "name": {|#1:"api-version"|}, "in": "query", "type": "string", "required": false, "x-ms-visibility": "internal", "default": "2024-01-01" } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'showAll' (in query)").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Parameter 'showAll' (in query) is internal and has a default but is not required; only required parameters are sure to be sent: make it required, or leave it if the request may go without it"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'api-version' (in query)"));
    }
}
