using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.BreakingChanges;
using ConnectorSdk.Rules.Certification;

namespace ConnectorSdk.Hosting;

/// <summary>The rule packs every host ships with, loaded before those a user adds (in the order given).</summary>
internal static class BuiltInRulePacks
{
    /// <summary>
    /// A new list of fresh packs: adding a built-in pack is one line here. The breaking-change pack compares with a
    /// baseline and does nothing without one, so an analysis without a baseline leaves it (and Microsoft.OpenApi) unloaded;
    /// the catalog (<c>connector rules</c>, the documents) has every pack.
    /// </summary>
    public static IReadOnlyList<RulePack> Load(bool withBaseline = true) =>
    [
        RulePack.FromAssembly(CertificationRules.Assembly),
        .. withBaseline ? [RulePack.FromAssembly(BreakingChangeRules.Assembly)] : Array.Empty<RulePack>(),
    ];

    /// <summary>An engine over the built-in packs and then the packs at <paramref name="rulePackPaths"/>.</summary>
    public static AnalysisEngine CreateEngine(AnalysisOptions options, params IEnumerable<string> rulePackPaths)
        => CreateEngine(options, withBaseline: true, rulePackPaths);

    /// <summary>An engine for an analysis with or without a baseline.</summary>
    public static AnalysisEngine CreateEngine(AnalysisOptions options, bool withBaseline, IEnumerable<string> rulePackPaths)
        => AnalysisEngine.FromPacks([.. Load(withBaseline), .. rulePackPaths.Select(RulePack.FromPath)], options);
}
