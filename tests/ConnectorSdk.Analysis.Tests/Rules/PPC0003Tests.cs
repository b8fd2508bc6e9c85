using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0003Tests
{
    [Fact]
    public Task StrictJson_NoDiagnostic()
        => InfrastructureTest.VerifySwaggerAsync("""{"swagger": "2.0", "schemes": ["https"]}""");

    [Fact]
    public Task TrailingCommas_AndComments_AreReportedEach()
        => InfrastructureTest.VerifySwaggerAsync("""
            {
              {|PPC0003:// the version|}
              "swagger": "2.0",
              "schemes": ["https"{|#0:,|}]{|PPC0003:,|}
            }
            """,
            new DiagnosticResult("PPC0003").WithLocation(0).WithArguments("apiDefinition.swagger.json", "trailing comma"));

    [Fact]
    public Task MissingComma_IsRepaired_AndReportedWhereItBelongs()
        => InfrastructureTest.VerifySwaggerAsync("""
            {
              "swagger": "2.0"{|PPC0003:|}
              "host": "api.contoso.example"
            }
            """);
}
