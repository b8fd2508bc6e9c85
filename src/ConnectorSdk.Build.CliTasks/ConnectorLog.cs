using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.CliTasks;

/// <summary>
/// Logs a connector's records exactly as the .NET task (ConnectorSdk.Build.Tasks) logs its diagnostics: errors and
/// warnings with code, file, span and help link, suggestions as messages, suppressed findings at low importance,
/// then the one summary line at high importance.
/// </summary>
internal static class ConnectorLog
{
    /// <summary>The address relative help links of the SDK's own codes resolve against when the project sets none (the engine's HelpLinks.DefaultBase).</summary>
    public const string DefaultHelpLinkBase = "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/";

    public static void Log(TaskLoggingHelper log, ConnectorRecord connector, bool replayed)
    {
        foreach (var diagnostic in connector.Diagnostics)
        {
            Log(log, diagnostic);
        }

        var reported = connector.Diagnostics.Where(d => !d.IsSuppressed).ToList();
        var name = Path.GetFileName(connector.Folder.TrimEnd('/', '\\'));
        var what = replayed ? "nothing changed, replayed" : "analyzed,";
        log.LogMessage(MessageImportance.High, $"{name} ({connector.Kind} connector, mode {connector.Mode}): {what} {Count(reported, "error")}, {Count(reported, "warning")}");
    }

    /// <summary>An error of the SDK itself (PPC0013, PPC0015) at the project file, with its help link.</summary>
    public static void LogAtProject(TaskLoggingHelper log, string projectFile, string? helpLinkBase, string code, string message)
    {
        var helpLink = (string.IsNullOrWhiteSpace(helpLinkBase) ? DefaultHelpLinkBase : helpLinkBase!.Trim().TrimEnd('/') + "/") + $"docs/rules/{code}.md";
        log.LogError(null, code, null, helpLink, projectFile, 0, 0, 0, 0, message);
    }

    private static void Log(TaskLoggingHelper log, DiagnosticRecord d)
    {
        if (d.IsSuppressed)
        {
            // Not a warning or error (it does not fail the build), yet visible with -v:detailed.
            var span = d.Line == 0 ? "" : $"({d.Line},{d.Column},{d.EndLine},{d.EndColumn})";
            var justification = d.Justification.Length == 0 ? "no justification given" : d.Justification;
            log.LogMessage(MessageImportance.Low, $"{d.File}{span}: suppressed {d.Code}: {d.Message} ({justification})");
            return;
        }

        var helpLink = d.HelpLink.Length == 0 ? null : d.HelpLink;
        switch (d.Severity)
        {
            case "error":
                log.LogError(null, d.Code, null, helpLink, d.File, d.Line, d.Column, d.EndLine, d.EndColumn, d.Message);
                break;
            case "warning":
                log.LogWarning(null, d.Code, null, helpLink, d.File, d.Line, d.Column, d.EndLine, d.EndColumn, d.Message);
                break;
            default:
                log.LogMessage(null, d.Code, null, d.File, d.Line, d.Column, d.EndLine, d.EndColumn, MessageImportance.Normal, d.Message);
                break;
        }
    }

    private static string Count(List<DiagnosticRecord> diagnostics, string severity)
    {
        var count = diagnostics.Count(d => d.Severity == severity);
        return count == 1 ? $"1 {severity}" : $"{count} {severity}s";
    }
}
