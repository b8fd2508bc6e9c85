using ConnectorSdk.Analysis;

namespace ConnectorSdk.Build.Tasks;

/// <summary>
/// The standard NoWarn, WarningsAsErrors, WarningsNotAsErrors and TreatWarningsAsErrors properties,
/// applied by the task itself because MSBuild does not apply them reliably to warnings a task logs.
/// </summary>
internal sealed class WarningOptions(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
{
    private readonly HashSet<string> _noWarn = ParseIds(noWarn);
    private readonly HashSet<string> _warningsAsErrors = ParseIds(warningsAsErrors);
    private readonly HashSet<string> _warningsNotAsErrors = ParseIds(warningsNotAsErrors);

    /// <summary>
    /// The diagnostic with its effective severity, or null when it is not reported: NoWarn and hidden
    /// diagnostics are dropped, then WarningsAsErrors, then TreatWarningsAsErrors (less WarningsNotAsErrors)
    /// turn warnings into errors.
    /// </summary>
    public Diagnostic? Apply(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        _ when _noWarn.Contains(diagnostic.Id) => null,
        DiagnosticSeverity.Hidden => null,
        DiagnosticSeverity.Warning when _warningsAsErrors.Contains(diagnostic.Id) || (treatWarningsAsErrors && !_warningsNotAsErrors.Contains(diagnostic.Id))
            => diagnostic.WithSeverity(DiagnosticSeverity.Error),
        _ => diagnostic,
    };

    /// <summary>Ids separated by semicolons or commas, as csc accepts them.</summary>
    private static HashSet<string> ParseIds(string? ids)
        => (ids ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
