using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Hosting;

/// <summary>
/// What a host asks for, whatever its inputs: the MSBuild task's properties (<see cref="FromMsBuild"/>),
/// the CLI's options, later a Visual Studio task or an editor's settings. Every host gets the same engine
/// from the same options.
/// </summary>
internal sealed record HostOptions
{
    /// <summary>Null to detect the kind from each connector folder's path.</summary>
    public ConnectorKind? Kind { get; init; }

    public AnalysisMode Mode { get; init; } = AnalysisMode.Default;

    /// <summary>The address relative help links of rules (docs/rules/PPCnnnn.md) are resolved against.</summary>
    public Uri HelpLinkBase { get; init; } = HelpLinks.DefaultBase;

    public WarningFlags Warnings { get; init; } = WarningFlags.None;

    /// <summary>The CLI's <c>--severity ID=LEVEL</c>: above the configuration files, below <see cref="Warnings"/>.</summary>
    public IReadOnlyList<SeverityOverride> Severities { get; init; } = [];

    /// <summary>One suppressions file for every connector; null for each connector's own.</summary>
    public string? SuppressionsFile { get; init; }

    /// <summary>Third-party rule packs (assembly paths), loaded after the built-in ones.</summary>
    public IReadOnlyList<string> RulePacks { get; init; } = [];

    public ResolvedBaseline Baseline { get; init; } = ResolvedBaseline.None;

    /// <summary>
    /// The options of a build: the SDK's properties as MSBuild gives them. A value the SDK cannot use is
    /// added to <paramref name="invalid"/> (PPC0012) and its default taken.
    /// </summary>
    public static HostOptions FromMsBuild(MsBuildProperties properties, ICollection<InvalidSetting> invalid)
    {
        if (!HostValues.TryParseKind(properties.ConnectorKind, out var kind))
        {
            invalid.Add(new("ConnectorKind", properties.ConnectorKind!, InvalidSetting.OneOf(HostValues.KindNames)));
        }

        if (!HostValues.TryParseMode(properties.ConnectorAnalysisMode, out var mode))
        {
            invalid.Add(new("ConnectorAnalysisMode", properties.ConnectorAnalysisMode!, InvalidSetting.OneOf(HostValues.ModeNames)));
        }

        var helpLinkBase = HelpLinks.DefaultBase;
        if (!string.IsNullOrWhiteSpace(properties.ConnectorHelpLinkBase) && !HelpLinks.TryParseBase(properties.ConnectorHelpLinkBase.Trim(), out helpLinkBase))
        {
            invalid.Add(new("ConnectorHelpLinkBase", properties.ConnectorHelpLinkBase, "an absolute address, e.g. https://github.com/owner/repo/blob/main/"));
            helpLinkBase = HelpLinks.DefaultBase;
        }

        return new HostOptions
        {
            Kind = kind,
            Mode = mode,
            HelpLinkBase = helpLinkBase,
            Warnings = WarningFlags.FromMsBuild(properties.NoWarn, properties.WarningsAsErrors, properties.WarningsNotAsErrors, properties.TreatWarningsAsErrors),
            RulePacks = properties.RulePacks,
            Baseline = ResolvedBaseline.Resolve(properties.ConnectorBaseline),
        };
    }

    public AnalysisOptions ToAnalysisOptions()
        => Warnings.ApplyTo(new AnalysisOptions { Mode = Mode, SeverityOverrides = Severities, SuppressionsFile = SuppressionsFile });

    /// <summary>The engine of these options: the built-in packs (the breaking-change pack with a baseline only), then <see cref="RulePacks"/>.</summary>
    public AnalysisEngine CreateEngine() => BuiltInRulePacks.CreateEngine(ToAnalysisOptions(), withBaseline: Baseline.Setting is not null, RulePacks);
}

/// <summary>The SDK's properties that every build passes to the analysis, by their MSBuild names.</summary>
internal sealed record MsBuildProperties
{
    public string? ConnectorKind { get; init; }

    public string? ConnectorAnalysisMode { get; init; }

    public string? ConnectorHelpLinkBase { get; init; }

    public string? ConnectorBaseline { get; init; }

    public string? NoWarn { get; init; }

    public string? WarningsAsErrors { get; init; }

    public string? WarningsNotAsErrors { get; init; }

    public bool TreatWarningsAsErrors { get; init; }

    /// <summary>The full paths of the ConnectorRulePack items.</summary>
    public IReadOnlyList<string> RulePacks { get; init; } = [];
}

/// <summary>A setting whose value a host cannot use, and what it accepts instead.</summary>
internal sealed record InvalidSetting(string Name, string Value, string Accepted)
{
    public static string OneOf(IReadOnlyList<string> names) => "one of " + string.Join(", ", names);

    public override string ToString() => $"{Name} '{Value}' cannot be used: expected {Accepted}";
}
