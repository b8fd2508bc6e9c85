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

    [Fact]
    public Task RootClosedEarly_IsReportedAtTheBraceThatClosedIt_AndTheFileIsStillAnalyzed()
        => InfrastructureTest.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": {}
              }
            {|#0:}|},
              "definitions": {},
              "schemes": ["https"{|PPC0003:,|}]
            }
            """,
            new DiagnosticResult("PPC0002").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments(
                "apiDefinition.swagger.json", 6, 1, "the root object closes here, but members follow; they were read as members of the root, so an extra '}' is at or before this point"));

    [Fact]
    public Task InvisibleCharacter_IsNamed()
        => InfrastructureTest.VerifySwaggerAsync($$"""
            {
              "swagger": "2.0"{|#0:{{'\u200B'}}|}
            }
            """,
            new DiagnosticResult("PPC0002").WithLocation(0).WithArguments("apiDefinition.swagger.json", 2, 19, "expected ',' or '}' after a property value, found U+200B ZERO WIDTH SPACE"));
}
