namespace ConnectorSdk.Analysis;

/// <summary>
/// A rule (or a few closely related rules): it declares what it reports and registers actions that
/// the engine calls during its single walk of the connector. Analyzers are stateless; per-connector
/// state lives in a connector start action.
/// </summary>
public abstract class ConnectorAnalyzer
{
    /// <summary>Every rule the analyzer may report; the engine refuses a diagnostic whose id is not among them (PPC0007).</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Called once per engine: registers the actions (connector start actions for per-connector state).</summary>
    /// <param name="context">Where to register.</param>
    public abstract void Initialize(ConnectorAnalysisContext context);
}
