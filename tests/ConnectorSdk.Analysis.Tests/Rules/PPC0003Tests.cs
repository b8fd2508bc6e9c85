using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0003Tests
{
    private const char EmSpace = '\u2003';

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

    [Fact]
    public Task UnicodeWhitespaceBetweenTokens_IsNamedOnce_AndNotInStrings()
        => InfrastructureTest.VerifySwaggerAsync($$"""
            {
            {|#0:{{EmSpace}}|}"swagger": "2.0",
            {{EmSpace}}"host": "api.contoso{{EmSpace}}example"
            }
            """,
            new DiagnosticResult("PPC0003").WithLocation(0).WithArguments("apiDefinition.swagger.json", "U+2003 EM SPACE used as whitespace (here and in 1 more place)"));
}
