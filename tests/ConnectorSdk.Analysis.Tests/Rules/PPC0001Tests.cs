using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0001Tests
{
    [Fact]
    public Task BothRequiredFilesPresent_NoDiagnostic()
        => InfrastructureTest.VerifySwaggerAsync("""{"swagger": "2.0"}""");

    [Fact]
    public Task MissingApiProperties_IsReportedAtItsExpectedPath_WithoutASpan()
        => new ConnectorTest
        {
            Swagger = """{"swagger": "2.0"}""",
            IncludeInfrastructure = true,
            ExpectedDiagnostics = { new DiagnosticResult("PPC0001").WithFile("apiProperties.json").WithArguments("apiProperties.json").WithSeverity(DiagnosticSeverity.Error) },
        }.RunAsync();
}
