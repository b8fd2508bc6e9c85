using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationFamilyRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1078Tests
{
    [Fact]
    public async Task WellFormedFamily_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/v1/items": { "get": { "operationId": "GetItems", "deprecated": true, "x-ms-api-annotation": { "family": "GetItems" } } },
              "/v2/items": { "get": { "operationId": "GetItemsV2", "deprecated": true, "x-ms-api-annotation": { "family": "GetItems", "revision": 2 } } },
              "/v3/items": { "get": { "operationId": "GetItemsV3", "x-ms-api-annotation": { "family": "GetItems", "revision": 3 } } },
              "/v4/items": { "get": { "operationId": "GetItemsV4", "x-ms-api-annotation": { "family": "GetItems", "revision": 4 } } },
              "/other": { "get": { "operationId": "Other", "x-ms-api-annotation": { "family": "Other", "revision": 2 } } } } }
            """);
    }

    [Fact]
    public async Task DuplicateRevision_ErrorOnTheLaterOne()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": {
              "/a": { "get": { "operationId": "GetA", "x-ms-api-annotation": { "family": "GetA", "revision": 2 } } },
              "/b": { "get": { "operationId": "GetB", "x-ms-api-annotation": { "family": "GetA", "revision": {|#0:2.0|} } } } } }
            """,
            Verify.Diagnostic(OperationFamilyRule.DuplicateRevision).WithLocation(0).WithArguments("'GetB'", "2.0", "GetA", "'GetA'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task TwoWithoutRevision_AndAnEmptyOne_Errors()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": {
              "/a": { "get": { "operationId": "GetA", "deprecated": true, "x-ms-api-annotation": { "family": "GetA" } } },
              "/b": { "get": { "operationId": "GetB", "deprecated": true, "x-ms-api-annotation": { "family": {|#0:"GetA"|} } } },
              "/c": { "get": { "operationId": "GetC", "x-ms-api-annotation": { "family": "GetA", "revision": {|#1:""|} } } } } }
            """,
            Verify.Diagnostic(OperationFamilyRule.ManyWithoutRevision).WithLocation(0).WithArguments("'GetB'", "GetA", "'GetA'"),
            Verify.Diagnostic(OperationFamilyRule.EmptyRevision).WithLocation(1).WithArguments("'GetC'", "\"\""));
    }

    [Fact]
    public async Task ThreeActive_ErrorOnTheLastOnesFamily()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": {
              "/a": { "get": { "operationId": "GetA", "x-ms-api-annotation": { "family": "GetA", "revision": 1 } } },
              "/b": { "get": { "operationId": "GetAV2", "x-ms-api-annotation": { "family": "GetA", "revision": 2 } } },
              "/c": { "get": { "operationId": "GetAV3", "x-ms-api-annotation": { "family": {|#0:"GetA"|}, "revision": 3 } } } } }
            """,
            Verify.Diagnostic(OperationFamilyRule.ManyActive).WithLocation(0).WithArguments("GetA", 3, "'GetAV3'"));
    }

    [Fact]
    public async Task NoFamily_OrOddAnnotations_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/a": { "get": { "x-ms-api-annotation": { "status": "Production", "revision": 2 } } },
              "/b": { "get": { "x-ms-api-annotation": { "family": 42, "revision": 2 } } },
              "/c": { "get": { "x-ms-api-annotation": "GetA" } },
              "/d": { "get": { "x-ms-api-annotation": { "family": "", "revision": 2 } } },
              "/e": { "get": { "x-ms-api-annotation": { "family": "", "revision": 2 } } } } }
            """);
    }
}
