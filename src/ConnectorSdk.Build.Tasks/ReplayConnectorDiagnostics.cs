using Microsoft.Build.Framework;

namespace ConnectorSdk.Build.Tasks;

/// <summary>
/// Logs again what <see cref="AnalyzeConnector"/> logged when MSBuild skips the analysis because
/// nothing changed, so an incremental build shows the same warnings as a full one.
/// </summary>
public sealed class ReplayConnectorDiagnostics : Microsoft.Build.Utilities.Task
{
    [Required]
    public string CacheFile { get; set; } = "";

    public override bool Execute()
    {
        var analysis = AnalysisCache.Load(CacheFile);
        foreach (var diagnostic in analysis.Diagnostics)
        {
            diagnostic.LogTo(Log);
        }

        analysis.LogSummary(Log, replayed: true);

        return !Log.HasLoggedErrors;
    }
}
