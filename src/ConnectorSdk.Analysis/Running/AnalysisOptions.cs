using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Analysis.Running;

/// <summary>What a host asks of the engine. Ids are matched in any letter case.</summary>
internal sealed record AnalysisOptions
{
    public const long DefaultMaxFileSize = 16 * 1024 * 1024;

    public AnalysisMode Mode { get; init; } = AnalysisMode.Default;

    /// <summary>
    /// Where configuration and suppressions files are read (connector files are read through their
    /// <see cref="ProjectFile"/>): the disk, or an editor's buffers laid over it. The engine reads each
    /// configuration file once: a host that changes them makes a new engine.
    /// </summary>
    public ConnectorFileSystem FileSystem { get; init; } = ConnectorFileSystem.Disk;

    /// <summary>Files larger than this are not read (PPC0009).</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>The suppressions file for every connector; null for each connector's own <c>connector.suppressions.json</c>, if it has one.</summary>
    public string? SuppressionsFile { get; init; }

    /// <summary>Rules never reported (MSBuild NoWarn).</summary>
    public IReadOnlySet<string> NoWarn { get; init; } = new HashSet<string>();

    /// <summary>
    /// Severities the host sets per rule (the CLI's <c>--severity ID=LEVEL</c>), the last one for an id
    /// winning: above every configuration file, below <see cref="NoWarn"/> and the warnings-as-errors options.
    /// </summary>
    public IReadOnlyList<SeverityOverride> SeverityOverrides { get; init; } = [];

    /// <summary>Rules whose warnings are errors (MSBuild WarningsAsErrors).</summary>
    public IReadOnlySet<string> WarningsAsErrors { get; init; } = new HashSet<string>();

    /// <summary>Every warning is an error (MSBuild TreatWarningsAsErrors, the CLI's <c>--warnaserror</c>), except <see cref="WarningsNotAsErrors"/>.</summary>
    public bool TreatWarningsAsErrors { get; init; }

    public IReadOnlySet<string> WarningsNotAsErrors { get; init; } = new HashSet<string>();
}
