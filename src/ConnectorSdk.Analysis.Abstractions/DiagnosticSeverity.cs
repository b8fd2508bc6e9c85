namespace ConnectorSdk.Analysis;

/// <summary>How serious a diagnostic is; the names follow Roslyn (Info is "suggestion" in configuration).</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not shown (configuration <c>silent</c>).</summary>
    Hidden,

    /// <summary>A suggestion: shown as a message, never fails a build.</summary>
    Info,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>An error: the connector would be rejected; fails the build.</summary>
    Error,
}
