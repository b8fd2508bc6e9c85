using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.RevisionSuffixRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1083Tests
{
    [Theory]
    [InlineData("GetItemsV2", "2")]
    [InlineData("GetItems_v2", "2")]
    [InlineData("GetItems", "1")]
    [InlineData("GetItems", "\"2\"")]
    public async Task EndsWithItsRevision_OrFirstRevision_NoDiagnostic(string id, string revision)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "{{id}}", "x-ms-api-annotation": { "family": "GetItems", "revision": {{revision}} } } } } }""");

    [Theory]
    [InlineData("GetItems", 2)]
    [InlineData("PdfOcr_V1", 2)]
    [InlineData("GetItemsV2", 3)]
    public async Task OtherEnding_WarningOnTheId(string id, int revision)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": {|#0:"{{id}}"|}, "x-ms-api-annotation": { "family": "GetItems", "revision": {{revision}} } } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments(id, revision, "GetItems").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "A", "x-ms-api-annotation": { "family": "A", "revision": 2 } } } } }""" });
}
