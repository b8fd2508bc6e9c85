using ConnectorSdk.Analysis;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.Tasks;

/// <summary>
/// One diagnostic exactly as the build logs it: the unit the analysis logs, caches and replays, so a
/// replayed warning cannot differ from the one first logged. Suggestions (Info) are logged as messages;
/// lines and columns are 0 when unknown.
/// </summary>
internal sealed record BuildDiagnostic(DiagnosticSeverity Severity, string Code, string? HelpLink, string File, int Line, int Column, int EndLine, int EndColumn, string Message)
{
    public static BuildDiagnostic Create(Diagnostic diagnostic, string? helpLink)
    {
        var span = diagnostic.Location.Span ?? default;
        return new(diagnostic.Severity, diagnostic.Id, helpLink, diagnostic.Location.FilePath, span.StartLine, span.StartColumn, span.EndLine, span.EndColumn, diagnostic.GetMessage());
    }

    public void LogTo(TaskLoggingHelper log)
    {
        switch (Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(null, Code, null, HelpLink, File, Line, Column, EndLine, EndColumn, Message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(null, Code, null, HelpLink, File, Line, Column, EndLine, EndColumn, Message);
                break;
            default:
                log.LogMessage(null, Code, null, File, Line, Column, EndLine, EndColumn, MessageImportance.Normal, Message);
                break;
        }
    }
}
