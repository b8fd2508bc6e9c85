using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Analysis.Running;

/// <summary>The effective diagnostics of one connector, located and sorted by file and position.</summary>
internal sealed record AnalysisResult(ConnectorProject Project, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity && !d.IsSuppressed);
}
