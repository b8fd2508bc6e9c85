using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Hosting;

/// <summary>
/// MSBuild's NoWarn, WarningsAsErrors, WarningsNotAsErrors and TreatWarningsAsErrors, one set for every
/// host: the task reads its properties, the CLI <c>--nowarn</c>, <c>--warnaserror[:IDS]</c> and
/// <c>--warnnotaserror</c>. The engine applies them (MSBuild does not apply them reliably to warnings a
/// task logs), above <c>--severity</c> and the configuration files. An id no rule has is ignored, as
/// MSBuild ignores it.
/// </summary>
internal sealed record WarningFlags
{
    public static WarningFlags None { get; } = new();

    /// <summary>Rules never reported.</summary>
    public IReadOnlySet<string> NoWarn { get; init; } = Ids();

    /// <summary>Rules whose warnings are errors; they turn no rule on.</summary>
    public IReadOnlySet<string> WarningsAsErrors { get; init; } = Ids();

    /// <summary>Every warning is an error, except <see cref="WarningsNotAsErrors"/>.</summary>
    public bool TreatWarningsAsErrors { get; init; }

    public IReadOnlySet<string> WarningsNotAsErrors { get; init; } = Ids();

    /// <summary>The properties as MSBuild gives them: lists that may hold ids of other tools too (<c>1701;NU1603</c>), kept and ignored.</summary>
    public static WarningFlags FromMsBuild(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors) => new()
    {
        NoWarn = Ids(Split(noWarn)),
        WarningsAsErrors = Ids(Split(warningsAsErrors)),
        WarningsNotAsErrors = Ids(Split(warningsNotAsErrors)),
        TreatWarningsAsErrors = treatWarningsAsErrors,
    };

    /// <summary>The entries of a list separated by semicolons or commas, as MSBuild and csc take them; empty entries are skipped.</summary>
    public static string[] Split(string? list)
        => (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A diagnostic id: letters, then digits (PPC1051, CTSO0001).</summary>
    public static bool IsId(string text)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters]))
        {
            letters++;
        }

        var digits = letters;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return letters > 0 && digits > letters && digits == text.Length;
    }

    /// <summary>The ids of <paramref name="ids"/> that none of <paramref name="rules"/> has, in the order given.</summary>
    public static IEnumerable<string> Undeclared(IEnumerable<string> ids, IReadOnlyList<DiagnosticDescriptor> rules)
        => ids.Where(id => !rules.Any(rule => rule.Id.Equals(id, StringComparison.OrdinalIgnoreCase)));

    public AnalysisOptions ApplyTo(AnalysisOptions options) => options with
    {
        NoWarn = NoWarn,
        WarningsAsErrors = WarningsAsErrors,
        WarningsNotAsErrors = WarningsNotAsErrors,
        TreatWarningsAsErrors = TreatWarningsAsErrors,
    };

    /// <summary>A set of ids matched in any letter case, as everywhere in the engine.</summary>
    public static HashSet<string> Ids(params IEnumerable<string> ids) => new(ids, StringComparer.OrdinalIgnoreCase);
}
