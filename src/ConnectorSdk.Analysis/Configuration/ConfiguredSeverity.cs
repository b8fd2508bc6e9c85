namespace ConnectorSdk.Analysis.Configuration;

/// <summary>A severity as configuration spells it (Roslyn's words).</summary>
internal enum ConfiguredSeverity
{
    /// <summary>The rule's own default for the connector kind, on or off as the analysis mode says.</summary>
    Default,

    /// <summary>Not reported.</summary>
    None,

    /// <summary>Reported as hidden: kept in the result, shown by no report.</summary>
    Silent,

    Suggestion,
    Warning,
    Error,
}

internal static class ConfiguredSeverities
{
    private static readonly string[] Words = ["none", "silent", "suggestion", "warning", "error", "default"];
    private static readonly ConfiguredSeverity[] Levels = [ConfiguredSeverity.None, ConfiguredSeverity.Silent, ConfiguredSeverity.Suggestion, ConfiguredSeverity.Warning, ConfiguredSeverity.Error, ConfiguredSeverity.Default];

    /// <summary>The values accepted in configuration and by <c>--severity</c>, in the order they are listed to users.</summary>
    public static IReadOnlyList<string> Names => Words;

    /// <summary>A severity word in any letter case.</summary>
    public static bool TryParse(string value, out ConfiguredSeverity severity)
    {
        var index = Array.IndexOf(Words, value.Trim().ToLowerInvariant());
        severity = index < 0 ? ConfiguredSeverity.Default : Levels[index];
        return index >= 0;
    }

    /// <summary>The diagnostic severity of a level that reports (not <see cref="ConfiguredSeverity.None"/> or <see cref="ConfiguredSeverity.Default"/>).</summary>
    public static DiagnosticSeverity ToDiagnosticSeverity(this ConfiguredSeverity severity) => severity switch
    {
        ConfiguredSeverity.Silent => DiagnosticSeverity.Hidden,
        ConfiguredSeverity.Suggestion => DiagnosticSeverity.Info,
        ConfiguredSeverity.Warning => DiagnosticSeverity.Warning,
        ConfiguredSeverity.Error => DiagnosticSeverity.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a reporting level."),
    };
}
