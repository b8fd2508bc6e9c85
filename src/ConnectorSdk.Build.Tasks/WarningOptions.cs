using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Build.Tasks;

/// <summary>
/// The standard NoWarn, WarningsAsErrors, WarningsNotAsErrors and TreatWarningsAsErrors properties as the
/// engine's options: the engine applies them (MSBuild does not apply them reliably to warnings a task
/// logs), in the same order as the CLI's <c>--severity</c> and <c>--warnaserror</c>.
/// </summary>
internal static class WarningOptions
{
    public static AnalysisOptions With(this AnalysisOptions options, string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
        => options with
        {
            NoWarn = ParseIds(noWarn),
            WarningsAsErrors = ParseIds(warningsAsErrors),
            WarningsNotAsErrors = ParseIds(warningsNotAsErrors),
            TreatWarningsAsErrors = treatWarningsAsErrors,
        };

    /// <summary>Ids separated by semicolons or commas, as csc accepts them.</summary>
    private static HashSet<string> ParseIds(string? ids)
        => (ids ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
