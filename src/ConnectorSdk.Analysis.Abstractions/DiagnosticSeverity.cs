namespace ConnectorSdk.Analysis;

/// <summary>How serious a diagnostic is; the names follow Roslyn (Info is "suggestion" in configuration).</summary>
public enum DiagnosticSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}
