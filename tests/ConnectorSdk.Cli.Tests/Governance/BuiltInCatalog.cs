using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.Cli.Tests.Governance;

/// <summary>The project that declares some of the built-in rules, and every descriptor it declares (one id may have several).</summary>
public sealed record RuleSource(string Project, IReadOnlyList<DiagnosticDescriptor> Descriptors)
{
    public string Folder => Path.Combine(RepositoryFolder.Path, "src", Project);

    public override string ToString() => Project;
}

/// <summary>Where the rules the CLI ships are declared: the engine's infrastructure rules, then each built-in pack.</summary>
internal static class BuiltInCatalog
{
    public static IReadOnlyList<RuleSource> Sources { get; } =
    [
        new("ConnectorSdk.Analysis", InfrastructureDiagnostics.All),
        .. BuiltInRulePacks.Load().Select(FromPack),
    ];

    /// <summary>Every descriptor as declared, before the engine keeps one per id.</summary>
    public static IEnumerable<DiagnosticDescriptor> Descriptors => Sources.SelectMany(source => source.Descriptors);

    /// <summary>The catalog the CLI reports (<c>connector rules</c>): one descriptor per id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Rules { get; } = BuiltInRulePacks.CreateEngine(new AnalysisOptions()).Descriptors;

    private static RuleSource FromPack(RulePack pack) => new(pack.Name, [.. pack.Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics)]);
}
