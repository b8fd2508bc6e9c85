using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ReplacementAnnotationRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1079Tests
{
    [Fact]
    public async Task DeprecatedWithFullReplacement_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "deprecated": true, "x-ms-api-annotation": { "replacement": { "api": "contoso", "operationId": "GetItemsV2" } } } } } }""");

    [Fact]
    public async Task ReplacementOnAnActiveOperation_Error()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetItems", "x-ms-api-annotation": { "replacement": {|#0:{ "api": "contoso", "operationId": "GetItemsV2" }|} } } } } }""",
            Verify.Diagnostic(ReplacementAnnotationRule.NotDeprecated).WithLocation(0).WithArguments("'GetItems'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task MissingMembers_ErrorForEach()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/a": { "get": { "deprecated": true, "x-ms-api-annotation": { "replacement": {|#0:{ "operationId": "" }|} } } } } }""",
            Verify.Diagnostic(ReplacementAnnotationRule.MemberMissing).WithLocation(0).WithArguments("GET /a", "'api'"),
            Verify.Diagnostic(ReplacementAnnotationRule.MemberMissing).WithLocation(0).WithArguments("GET /a", "'operationId'"));
    }

    [Fact]
    public async Task NotAnObject_Error()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/a": { "get": { "deprecated": true, "x-ms-api-annotation": { "replacement": {|#0:"GetItemsV2"|} } } } } }""",
            Verify.Diagnostic(ReplacementAnnotationRule.NotObject).WithLocation(0).WithArguments("GET /a", "a string"));
    }

    [Fact]
    public async Task NoReplacement_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "x-ms-api-annotation": { "status": "Preview" } }, "post": { "x-ms-api-annotation": [] } } } }""");
}
