using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ApiAnnotationStatusRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1047Tests
{
    [Fact]
    public async Task UnknownConnectorStatus_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "title": "Contoso", "x-ms-api-annotation": { "status": {|#0:"Beta"|} } } }
            """,
            Verify.Diagnostic(ApiAnnotationStatusRule.ConnectorStatusInvalid).WithLocation(0).WithArguments("\"Beta\"").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"Released\"")]
    [InlineData("1")]
    [InlineData("null")]
    public async Task OtherStatuses_Reported(string status)
        => await Verify.VerifySwaggerAsync($$"""{ "x-ms-api-annotation": { "status": [|{{status}}|] } }""");

    [Fact]
    public async Task AnnotationNotAnObject_Reported()
        => await Verify.VerifySwaggerAsync("""{ "info": { "x-ms-api-annotation": [|"Preview"|] } }""");

    [Fact]
    public async Task OperationAheadOfConnector_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "info": { "x-ms-api-annotation": { "status": "Preview" } },
              "paths": {
                "/items": {
                  "get": { "operationId": "GetItems", "x-ms-api-annotation": { "family": "GetItems", "revision": 1, "status": {|#0:"Production"|} } },
                  "post": { "operationId": "AddItem", "x-ms-api-annotation": { "status": "Preview" } }
                }
              }
            }
            """,
            Verify.Diagnostic(ApiAnnotationStatusRule.OperationAhead).WithLocation(0).WithArguments("'GetItems'"));
    }

    [Fact]
    public async Task ProductionOperations_ConnectorStatusNotDeclared_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "info": { }, "paths": { "/items": { "get": { "operationId": "GetItems", "x-ms-api-annotation": { "family": "GetItems", "revision": 2, "status": "Production" } } } } }
            """);

    [Fact]
    public async Task BadOperationStatus_Reported()
        => await Verify.VerifySwaggerAsync("""
            { "paths": { "/items": { "get": { "x-ms-api-annotation": { "status": [|"Deprecated"|] } } } } }
            """);

    [Theory]
    [InlineData("{ \"info\": { \"x-ms-api-annotation\": { \"status\": \"Production\" } }, \"paths\": { \"/a\": { \"get\": { \"x-ms-api-annotation\": { \"status\": \"Production\" } } } } }")]
    [InlineData("{ \"info\": { \"x-ms-api-annotation\": { } } }")]
    [InlineData("{ \"info\": 5 }")]
    [InlineData("[ ]")]
    public async Task ValidOrAbsent_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task SameWrongValue_OneFindingAtTheFirst_OtherValuesTheirOwn()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "info": { "x-ms-api-annotation": { "status": {|#0:"Beta"|} } },
              "paths": {
                "/items": {
                  "get": { "operationId": "GetItems", "x-ms-api-annotation": { "status": "Beta" } },
                  "post": { "operationId": "AddItem", "x-ms-api-annotation": { "status": "Beta" } },
                  "put": { "operationId": "SetItem", "x-ms-api-annotation": { "status": {|#1:"GA"|} } }
                }
              }
            }
            """,
            Verify.Diagnostic(ApiAnnotationStatusRule.StatusInvalidRepeated).WithLocation(0).WithArguments("\"Beta\"", 3),
            Verify.Diagnostic(ApiAnnotationStatusRule.OperationStatusInvalid).WithLocation(1).WithArguments("'SetItem'", "\"GA\""));
    }

    [Fact]
    public async Task StatusInAnotherLetterCase_Accepted_AndComparedAsWritten()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "info": { "x-ms-api-annotation": { "status": "preview" } },
              "paths": { "/items": { "get": { "operationId": "GetItems", "x-ms-api-annotation": { "status": {|#0:"PRODUCTION"|} } } } }
            }
            """,
            Verify.Diagnostic(ApiAnnotationStatusRule.OperationAhead).WithLocation(0).WithArguments("'GetItems'"));
    }

    [Fact]
    public async Task CustomConnectorsToo()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "info": { "x-ms-api-annotation": { "status": [|"GA"|] } } }""" });
}
