using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ApiAnnotationTypesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1169Tests
{
    [Fact]
    public async Task StringFamilyAndIntegerRevision_NoDiagnostic()
    {
        // "3" is read as 3; an empty revision is PPC1078's; the connector's own annotation has no family.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-api-annotation": { "status": "Production", "family": 1 }, "paths": { "/a": {
              "get": { "operationId": "GetA", "x-ms-api-annotation": { "family": "GetA", "revision": 2 }, "responses": { "200": { "description": "OK" } } },
              "put": { "operationId": "PutA", "x-ms-api-annotation": { "family": "PutA", "revision": "3" }, "responses": { "200": { "description": "OK" } } },
              "post": { "operationId": "PostA", "x-ms-api-annotation": { "family": "PostA", "revision": "" }, "responses": { "200": { "description": "OK" } } },
              "delete": { "operationId": "DeleteA", "x-ms-api-annotation": "DeleteA", "responses": { "200": { "description": "OK" } } } } } }
            """);
    }

    [Fact]
    public async Task FamilyOrRevisionOfAnotherType_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": {
              "get": { "operationId": "GetA", "x-ms-api-annotation": { "family": {|#0:[ "GetA" ]|}, "revision": {|#1:2.5|} }, "responses": { "200": { "description": "OK" } } },
              "put": { "operationId": "PutA", "x-ms-api-annotation": { "family": "PutA", "revision": {|#2:"v2"|} }, "responses": { "200": { "description": "OK" } } } } } }
            """,
            Verify.Diagnostic(ApiAnnotationTypesRule.FamilyNotString).WithLocation(0).WithArguments("'GetA'", "[\"GetA\"]", "an array").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Operation 'GetA' x-ms-api-annotation family [\"GetA\"] is an array; expected a string, the name the operation's versions share"),
            Verify.Diagnostic(ApiAnnotationTypesRule.RevisionNotInteger).WithLocation(1).WithArguments("'GetA'", "2.5")
                .WithMessage("Operation 'GetA' x-ms-api-annotation revision 2.5 is not an integer; number the operation's versions 1, 2, 3, ..."),
            Verify.Diagnostic(ApiAnnotationTypesRule.RevisionNotInteger).WithLocation(2).WithArguments("'PutA'", "\"v2\""));
    }
}
