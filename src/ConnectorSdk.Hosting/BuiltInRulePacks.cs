using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification;

namespace ConnectorSdk.Hosting;

/// <summary>The rule packs every host ships with, loaded before those a user adds (in the order given).</summary>
internal static class BuiltInRulePacks
{
    /// <summary>A new list of fresh packs: adding a built-in pack is one line here.</summary>
    public static IReadOnlyList<RulePack> Load() =>
    [
        RulePack.FromAssembly(CertificationRules.Assembly),
    ];

    /// <summary>An engine over the built-in packs and then the packs at <paramref name="rulePackPaths"/>.</summary>
    public static AnalysisEngine CreateEngine(AnalysisOptions options, params IEnumerable<string> rulePackPaths)
        => AnalysisEngine.FromPacks([.. Load(), .. rulePackPaths.Select(RulePack.FromPath)], options);
}
