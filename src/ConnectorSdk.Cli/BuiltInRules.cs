using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification;

namespace ConnectorSdk.Cli;

/// <summary>The rule packs the tool ships with, followed by those given with --rule-pack, in the order given.</summary>
internal static class BuiltInRules
{
    public static AnalysisEngine CreateEngine(AnalysisOptions options, params IEnumerable<string> rulePackPaths)
        => AnalysisEngine.FromPacks([RulePack.FromAssembly(CertificationRules.Assembly), .. rulePackPaths.Select(RulePack.FromPath)], options);
}
