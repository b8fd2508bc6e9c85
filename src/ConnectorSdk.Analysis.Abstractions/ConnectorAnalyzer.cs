namespace ConnectorSdk.Analysis;

/// <summary>
/// A rule (or a few closely related rules): it declares what it reports and registers actions that
/// the engine calls during its single walk of the connector. Analyzers are stateless; per-connector
/// state lives in a connector start action.
/// </summary>
public abstract class ConnectorAnalyzer
{
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(ConnectorAnalysisContext context);
}
