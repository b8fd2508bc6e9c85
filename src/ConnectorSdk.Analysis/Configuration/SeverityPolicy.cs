using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Configuration;

/// <summary>
/// The one place that decides whether a rule reports and at which severity, in the contract's order,
/// each step overriding the ones before: the rule's default for the connector kind, on or off by the
/// analysis mode → .globalconfig (category keys, then rule keys) → the .editorconfig sections matching
/// the file, nearest file winning per key (category keys, then rule keys) → the host's severities (the CLI's
/// <c>--severity ID=LEVEL</c>) → NoWarn → WarningsAsErrors → TreatWarningsAsErrors less WarningsNotAsErrors.
/// A level set for the rule itself turns it on whatever the mode; a category level only changes the
/// severity of rules that are on. A rule that does not apply to the connector kind never reports.
/// </summary>
internal sealed class SeverityPolicy(AnalysisOptions options)
{
    private readonly HashSet<string> _noWarn = new(options.NoWarn, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _warningsAsErrors = new(options.WarningsAsErrors, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _warningsNotAsErrors = new(options.WarningsNotAsErrors, StringComparer.OrdinalIgnoreCase);

    /// <summary>The effective severity of the rule for a diagnostic in <paramref name="file"/>, or null when it is not reported.</summary>
    public DiagnosticSeverity? Decide(DiagnosticDescriptor rule, ConnectorKind kind, FileConfiguration file)
    {
        if (!rule.AppliesTo.HasFlag(kind.ToFlag()))
        {
            return null;
        }

        var state = new State(rule.IsEnabled(kind, options.Mode), rule.GetDefaultSeverity(kind));
        var ruleKey = SeverityKeys.ForRule(rule.Id);
        var categoryKey = SeverityKeys.ForCategory(rule.Category);
        foreach (var keys in new[] { file.Global, file.Editor })
        {
            state = state.Apply(Configured(keys, categoryKey), forRule: false).Apply(Configured(keys, ruleKey), forRule: true);
        }

        var overridden = options.SeverityOverrides.LastOrDefault(o => o.Id.Equals(rule.Id, StringComparison.OrdinalIgnoreCase))?.Severity;
        state = state.Apply(overridden, forRule: true).Apply(_noWarn.Contains(rule.Id) ? ConfiguredSeverity.None : null, forRule: true);

        // WarningsAsErrors and TreatWarningsAsErrors change warnings that are reported; they turn nothing on.
        if (state.Severity == DiagnosticSeverity.Warning
            && (_warningsAsErrors.Contains(rule.Id) || (options.TreatWarningsAsErrors && !_warningsNotAsErrors.Contains(rule.Id))))
        {
            state = state with { Severity = DiagnosticSeverity.Error };
        }

        return state.IsOn ? state.Severity : null;
    }

    private static ConfiguredSeverity? Configured(IReadOnlyDictionary<string, string> keys, string key)
        => keys.TryGetValue(key, out var value) && ConfiguredSeverities.TryParse(value, out var severity) ? severity : null;

    /// <param name="IsOn">Whether the rule reports.</param>
    /// <param name="IsOnByMode">Whether the analysis mode turns it on, and <paramref name="DefaultSeverity"/> its default for the kind: what <c>default</c> goes back to.</param>
    /// <param name="IsOnByRuleKey">Whether a level set for the rule itself turned it on, which a category level keeps.</param>
    private readonly record struct State(bool IsOn, DiagnosticSeverity Severity, bool IsOnByMode, DiagnosticSeverity DefaultSeverity, bool IsOnByRuleKey)
    {
        public State(bool isOn, DiagnosticSeverity severity)
            : this(isOn, severity, isOn, severity, IsOnByRuleKey: false)
        {
        }

        public State Apply(ConfiguredSeverity? configured, bool forRule) => configured switch
        {
            null => this,
            ConfiguredSeverity.None => this with { IsOn = false },
            ConfiguredSeverity.Default => this with { IsOn = IsOnByMode, Severity = DefaultSeverity, IsOnByRuleKey = false },
            { } level when forRule => this with { IsOn = true, IsOnByRuleKey = true, Severity = level.ToDiagnosticSeverity() },
            { } level => this with { IsOn = IsOnByMode || IsOnByRuleKey, Severity = level.ToDiagnosticSeverity() },
        };
    }
}
