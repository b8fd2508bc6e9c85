using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;

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

    /// <summary>A rule's default severity, then each kind's that differs: "error (Custom: warning)".</summary>
    public static string OfRule(DiagnosticDescriptor rule)
        => SeverityByKind.Differing(rule) is [_, ..] kinds
            ? $"{Of(rule.DefaultSeverity)} ({string.Join(", ", kinds.Select(kind => $"{kind}: {Of(rule.GetDefaultSeverity(kind))}"))})"
            : Of(rule.DefaultSeverity);
}
