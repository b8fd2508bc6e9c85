using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

/// <summary>Runs the engine alone (no rule pack) and compares its own PPC0xxx diagnostics.</summary>
internal static class InfrastructureTest
{
    public static Task VerifySwaggerAsync(string swagger, params DiagnosticResult[] expected)
    {
        var test = new ConnectorTest { Swagger = swagger, ApiProperties = "{}", IncludeInfrastructure = true };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
