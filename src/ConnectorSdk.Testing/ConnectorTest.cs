using ConnectorSdk.Analysis;

namespace ConnectorSdk.Testing;

/// <summary>
/// A connector made of files with span markup, the analyzers to run and the diagnostics expected.
/// Markup: <c>{|PPC1051:"x"|}</c> expects that id on the marked text, <c>[|"x"|]</c> the single id the
/// analyzers declare, and <c>{|#0:"x"|}</c> marks location 0 for <see cref="DiagnosticResult.WithLocation"/>.
/// </summary>
public sealed class ConnectorTest
{
    /// <summary>apiDefinition.swagger.json with markup; null for no such file.</summary>
    public string? Swagger { get; set; }

    /// <summary>apiProperties.json with markup; null for no such file.</summary>
    public string? ApiProperties { get; set; }

    /// <summary>Other connector files (readme, script, settings...) with markup.</summary>
    public Dictionary<ConnectorFileKind, string> AdditionalFiles { get; } = [];

    /// <summary>Files given as raw bytes, without markup (encodings, icons, sizes).</summary>
    public Dictionary<ConnectorFileKind, byte[]> RawFiles { get; } = [];

    public ConnectorKind Kind { get; set; } = ConnectorKind.Certified;

    public AnalysisMode Mode { get; set; } = AnalysisMode.All;

    public List<ConnectorAnalyzer> Analyzers { get; } = [];

    /// <summary>Compare the engine's own PPC0xxx diagnostics too (otherwise only the analyzers' ids and PPC0006).</summary>
    public bool IncludeInfrastructure { get; set; }

    public List<DiagnosticResult> ExpectedDiagnostics { get; } = [];

    /// <summary>Runs the analysis and throws <see cref="VerificationException"/> listing every difference.</summary>
    public Task RunAsync(CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
