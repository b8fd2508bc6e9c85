using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TestConnectionVisibilityRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1174Tests
{
    [Fact]
    public async Task InternalTestOperation_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "Ping" } },
              "paths": { "/ping": { "get": { "operationId": "Ping", "x-ms-visibility": "Internal" } } } }
            """);

    [Fact]
    public async Task VisibleTestOperation_WarningAtTheVisibility()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "GetMe" } },
              "paths": { "/me": { "get": { "operationId": "GetMe", "x-ms-visibility": {|#0:"important"|} } } } }
            """,
            Verify.Diagnostic(TestConnectionVisibilityRule.Rule).WithLocation(0).WithArguments("'GetMe'").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public async Task NoVisibility_WarningAtTheMethod()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "GetMe" } }, "paths": { "/me": { {|#0:"get"|}: { "operationId": "GetMe" } } } }""",
            Verify.Diagnostic(TestConnectionVisibilityRule.Rule).WithLocation(0).WithArguments("'GetMe'"));
}
