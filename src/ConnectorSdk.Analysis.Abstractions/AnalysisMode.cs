namespace ConnectorSdk.Analysis;

/// <summary>Which rules run, like Roslyn's AnalysisMode; each mode includes the ones before it.</summary>
public enum AnalysisMode
{
    /// <summary>Only the infrastructure diagnostics (PPC0xxx).</summary>
    None,

    /// <summary>Rules with strong evidence: documented as required and rarely violated by certified connectors.</summary>
    Default,

    /// <summary>Adds the recommendations and heuristics.</summary>
    Recommended,

    /// <summary>Every rule.</summary>
    All,
}
