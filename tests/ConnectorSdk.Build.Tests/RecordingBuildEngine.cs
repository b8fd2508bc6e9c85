using Microsoft.Build.Framework;

namespace ConnectorSdk.Build.Tests;

/// <summary>A build engine that keeps every event a task logs.</summary>
internal sealed class RecordingBuildEngine(string projectFile) : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    /// <summary>"error CODE" for each error, then "warning CODE" for each warning.</summary>
    public IEnumerable<string> Logged => Errors.Select(e => $"error {e.Code}").Concat(Warnings.Select(w => $"warning {w.Code}"));

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => projectFile;

    public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs)
        => throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);
}
