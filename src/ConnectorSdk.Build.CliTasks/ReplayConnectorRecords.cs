using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.CliTasks;

/// <summary>
/// Logs again what <see cref="AnalyzeConnectorWithCli"/> logged when MSBuild skips the analysis because nothing
/// changed: its cache file is the command line's report.
/// </summary>
public sealed class ReplayConnectorRecords : Task
{
    [Required]
    public string CacheFile { get; set; } = "";

    public override bool Execute()
    {
        using var records = new StreamReader(CacheFile, Encoding.UTF8);
        foreach (var connector in DiagnosticRecords.Read(records))
        {
            ConnectorLog.Log(Log, connector, replayed: true);
        }

        return !Log.HasLoggedErrors;
    }
}
