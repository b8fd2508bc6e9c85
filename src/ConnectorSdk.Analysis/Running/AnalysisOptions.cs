namespace ConnectorSdk.Analysis.Running;

/// <summary>What a host asks of the engine.</summary>
public sealed record AnalysisOptions
{
    public const long DefaultMaxFileSize = 16 * 1024 * 1024;

    public AnalysisMode Mode { get; init; } = AnalysisMode.Default;

    /// <summary>Files larger than this are not read (PPC0009).</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>The suppressions file for every connector; null for each connector's own <c>connector.suppressions.json</c>, if it has one.</summary>
    public string? SuppressionsFile { get; init; }
}
