using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ApiAnnotationStatusCaseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1187Tests
{
    [Fact]
    public async Task StatusesInAnotherCase_OneFindingAtTheFirst_WithTheCount()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "info": { "x-ms-api-annotation": { "status": {|#0:"production"|} } },
              "paths": {
                "/items": {
                  "get": { "x-ms-api-annotation": { "status": "PRODUCTION" } },
                  "post": { "x-ms-api-annotation": { "status": "Preview" } },
                  "put": { "x-ms-api-annotation": { "status": "preview" } }
                }
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("\"production\"", "Production", 3).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("{ \"x-ms-api-annotation\": { \"status\": \"Production\" } }")]
    [InlineData("{ \"x-ms-api-annotation\": { \"status\": \"Released\" } }")]
    [InlineData("{ \"x-ms-api-annotation\": { \"status\": 1 } }")]
    [InlineData("{ \"x-ms-api-annotation\": \"production\" }")]
    public async Task DocumentedCaseOrNotAStatus_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task CustomConnectorsToo()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "x-ms-api-annotation": { "status": [|"preview"|] } }""" });

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "x-ms-api-annotation": { "status": "preview" } }""" });
}
