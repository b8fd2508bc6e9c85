using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0002Tests
{
    [Fact]
    public Task ValidJson_NoDiagnostic()
        => InfrastructureTest.VerifySwaggerAsync("""{"swagger": "2.0", "paths": {}}""");

    [Fact]
    public Task UnclosedString_IsReportedOnItsOpeningQuote()
        => InfrastructureTest.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "info": {|#0:"|}title
            """,
            new DiagnosticResult("PPC0002").WithLocation(0).WithArguments("apiDefinition.swagger.json", 3, 11, "unexpected end of file: a string is not closed"));

    [Fact]
    public Task InvalidValue_IsReportedOnIt()
        => InfrastructureTest.VerifySwaggerAsync("""
            {
              "swagger": {|PPC0002:tru|}
            }
            """);
}
