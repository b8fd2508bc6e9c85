using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification;

namespace ConnectorSdk.Cli;

/// <summary>The rule packs the tool ships with; packs given with --rule-pack (later) join them here.</summary>
internal static class BuiltInRules
{
    public static AnalysisEngine CreateEngine(AnalysisOptions options)
        => new(RulePack.FromAssembly(CertificationRules.Assembly).Analyzers, options);
}
