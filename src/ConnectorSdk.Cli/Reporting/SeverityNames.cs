using ConnectorSdk.Analysis;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>Severities as the text, JSON and catalog outputs spell them (MSBuild's words; "info" for suggestions).</summary>
internal static class SeverityNames
{
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
