namespace ConnectorSdk.Tests;

/// <summary>
/// One case of the warning flags: the CLI's arguments, the MSBuild properties that mean the same (null when
/// the case needs <c>--severity</c>, which has no property), an .editorconfig for the connector, and the
/// severity PPC0003 (the trailing comma of <see cref="SampleConnectors.AddTrailingComma"/>, a warning by
/// default) is reported at: "error", "warning", "info", or null when it is not reported.
/// </summary>
public sealed record WarningFlagCase(string Name, string[] Arguments, Dictionary<string, string>? Properties, string? EditorConfig, string? Expected)
{
    public override string ToString() => Name;
}

/// <summary>The one table of warning-flag cases that the CLI tests and the real builds both pass through.</summary>
public static class WarningFlagCases
{
    public static IReadOnlyList<WarningFlagCase> All { get; } =
    [
        new("no flag", [], [], null, "warning"),
        new("NoWarn", ["--nowarn", "PPC0003"], new() { ["NoWarn"] = "PPC0003" }, null, null),
        new("NoWarn, an id among others, semicolons, repeated", ["--nowarn", "PPC0001;PPC0003", "--nowarn", "PPC0002"], new() { ["NoWarn"] = "PPC0001;PPC0003;PPC0002" }, null, null),
        new("NoWarn, an id no pack has is ignored", ["--nowarn", "PPC9999"], new() { ["NoWarn"] = "PPC9999" }, null, "warning"),
        new("WarningsAsErrors with ids, commas", ["--warnaserror:PPC0001,PPC0003"], new() { ["WarningsAsErrors"] = "PPC0001,PPC0003" }, null, "error"),
        new("WarningsAsErrors naming another rule", ["--warnaserror:PPC0001"], new() { ["WarningsAsErrors"] = "PPC0001" }, null, "warning"),
        new("TreatWarningsAsErrors (WarningsAsErrors without ids)", ["--warnaserror"], new() { ["TreatWarningsAsErrors"] = "true" }, null, "error"),
        new("WarningsNotAsErrors excepts from TreatWarningsAsErrors", ["--warnaserror", "--warnnotaserror", "PPC0003"], new() { ["TreatWarningsAsErrors"] = "true", ["WarningsNotAsErrors"] = "PPC0003" }, null, "warning"),
        new("WarningsNotAsErrors alone changes nothing", ["--warnnotaserror", "PPC0003"], new() { ["WarningsNotAsErrors"] = "PPC0003" }, null, "warning"),
        new("WarningsAsErrors wins over WarningsNotAsErrors", ["--warnaserror", "--warnaserror:PPC0003", "--warnnotaserror", "PPC0003"], new() { ["TreatWarningsAsErrors"] = "true", ["WarningsAsErrors"] = "PPC0003", ["WarningsNotAsErrors"] = "PPC0003" }, null, "error"),
        new("NoWarn wins over WarningsAsErrors", ["--nowarn", "PPC0003", "--warnaserror:PPC0003"], new() { ["NoWarn"] = "PPC0003", ["WarningsAsErrors"] = "PPC0003" }, null, null),
        new(".editorconfig error", [], [], "error", "error"),
        new(".editorconfig none: WarningsAsErrors turns nothing on", ["--warnaserror:PPC0003"], new() { ["WarningsAsErrors"] = "PPC0003" }, "none", null),
        new(".editorconfig suggestion: TreatWarningsAsErrors changes warnings only", ["--warnaserror"], new() { ["TreatWarningsAsErrors"] = "true" }, "suggestion", "info"),
        new(".editorconfig error: WarningsNotAsErrors lowers nothing", ["--warnaserror", "--warnnotaserror", "PPC0003"], new() { ["TreatWarningsAsErrors"] = "true", ["WarningsNotAsErrors"] = "PPC0003" }, "error", "error"),
        new(".editorconfig error: NoWarn wins", ["--nowarn", "PPC0003"], new() { ["NoWarn"] = "PPC0003" }, "error", null),
        new("--severity over .editorconfig", ["--severity", "PPC0003=error"], null, "suggestion", "error"),
        new("--severity under NoWarn", ["--severity", "PPC0003=error", "--nowarn", "PPC0003"], null, null, null),
        new("--severity turns a rule on, TreatWarningsAsErrors raises it", ["--severity", "PPC0003=warning", "--warnaserror"], null, "none", "error"),
        new("--severity none: WarningsAsErrors turns nothing on", ["--severity", "PPC0003=none", "--warnaserror:PPC0003"], null, null, null),
        new("--severity error: WarningsNotAsErrors lowers nothing", ["--severity", "PPC0003=error", "--warnaserror", "--warnnotaserror", "PPC0003"], null, null, "error"),
    ];

    /// <summary>The cases a build can express: those without <c>--severity</c>.</summary>
    public static IEnumerable<WarningFlagCase> ForBuild => All.Where(c => c.Properties is not null);

    /// <summary>The clean sample with a trailing comma (PPC0003), and the case's .editorconfig, in <paramref name="folder"/>.</summary>
    public static void WriteConnector(WarningFlagCase flagCase, string folder)
    {
        SampleConnectors.Copy("ContosoTasks", folder);
        SampleConnectors.AddTrailingComma(folder);
        if (flagCase.EditorConfig is { } severity)
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), $"root = true\n[*.json]\ndotnet_diagnostic.PPC0003.severity = {severity}\n");
        }
    }
}
