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

    /// <summary>A rule's severity for the kinds it applies to, and the Custom kind's where it differs.</summary>
    public static string OfRule(DiagnosticDescriptor rule)
        => DistinctCustomSeverity(rule) is { } custom
            ? $"{Of(rule.DefaultSeverity)} (Custom: {Of(custom)})"
            : Of(rule.DefaultSeverity);

    /// <summary>The Custom kind's severity when a "CERT E / ALL W" rule gives it one of its own.</summary>
    public static DiagnosticSeverity? DistinctCustomSeverity(DiagnosticDescriptor rule)
        => rule.CustomSeverity is { } custom && custom != rule.DefaultSeverity ? custom : null;
}
