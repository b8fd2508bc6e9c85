using System.Diagnostics.CodeAnalysis;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Testing;

/// <summary>Shorthands for testing one analyzer, in Roslyn's style: <c>Verify.Diagnostic("PPC1051")</c>, <c>Verify.VerifySwaggerAsync(...)</c>.</summary>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Roslyn's verifier shape: `using Verify = ConnectorVerifier<TheRule>;` then Verify.Diagnostic(), Verify.VerifySwaggerAsync(...).")]
public static class ConnectorVerifier<TAnalyzer>
    where TAnalyzer : ConnectorAnalyzer, new()
{
    /// <summary>The expected result for the analyzer's only id (in any of its message shapes).</summary>
    public static DiagnosticResult Diagnostic() => new(new TAnalyzer().SupportedDiagnostics.Select(descriptor => descriptor.Id).Distinct().Single());

    /// <summary>The expected result for an id.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(id);

    /// <summary>The expected result for one descriptor: its id and its message shape.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Runs the analyzer on a swagger with markup and compares its diagnostics with the markup's and <paramref name="expected"/>.</summary>
    public static Task VerifySwaggerAsync(string swagger, params DiagnosticResult[] expected)
        => VerifyAsync(new ConnectorTest { Swagger = swagger }, expected);

    /// <summary>Runs the analyzer on an apiProperties.json with markup and compares its diagnostics with the markup's and <paramref name="expected"/>.</summary>
    public static Task VerifyApiPropertiesAsync(string apiProperties, params DiagnosticResult[] expected)
        => VerifyAsync(new ConnectorTest { ApiProperties = apiProperties }, expected);

    /// <summary>
    /// Runs the analyzer on a swagger with markup compared with its previous version (a swagger-file baseline, no markup)
    /// and compares its diagnostics with the markup's and <paramref name="expected"/>.
    /// </summary>
    public static Task VerifyAgainstBaselineAsync(string baselineSwagger, string swagger, params DiagnosticResult[] expected)
        => VerifyAsync(new ConnectorTest { BaselineSwagger = baselineSwagger, Swagger = swagger }, expected);

    /// <summary>Runs <paramref name="test"/> with <typeparamref name="TAnalyzer"/> added.</summary>
    public static Task VerifyAsync(ConnectorTest test, params DiagnosticResult[] expected)
    {
        test.Analyzers.Add(new TAnalyzer());
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
