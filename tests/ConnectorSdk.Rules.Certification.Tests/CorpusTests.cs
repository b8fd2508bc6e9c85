using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Rules.Certification.Tests;

/// <summary>
/// Runs the whole pack over the shared corpus (real certified, independent publisher and sample
/// connectors) in mode All and pins every finding, so that a change in a rule's reach shows up in
/// review. A finding on a certified connector is presumed to be a false positive until shown otherwise.
/// </summary>
public sealed class CorpusTests
{
    private static readonly AnalysisEngine Engine = new(RulePack.FromAssembly(CertificationRules.Assembly).Analyzers, new AnalysisOptions { Mode = AnalysisMode.All });

    [Theory]
    [InlineData("certified-connectors", ConnectorKind.Certified,
        "DocuSign PPC2003 iconBrandColor is \"#FFFFFF\"; a verified publisher's connector must use its own brand color, not the default #007ee5 or white #ffffff",
        "Revizto (Ireland) PPC0003 apiDefinition.swagger.json: trailing comma; strict JSON readers reject this")]
    [InlineData("independent-publisher-connectors", ConnectorKind.IndependentPublisher)]
    [InlineData("custom-connectors", ConnectorKind.Custom)]
    public void Corpus_FindsOnlyTheKnownViolations(string folder, ConnectorKind expectedKind, params string[] expected)
    {
        var root = Path.Combine(SharedFolder.Corpus, folder);
        var findings = new List<string>();
        var connectors = 0;
        foreach (var path in ConnectorFiles.Discover(root))
        {
            var project = ConnectorProject.Load(path);
            Assert.Equal(expectedKind, project.Kind);
            connectors++;
            findings.AddRange(Engine.Analyze(project).Diagnostics.Select(d => $"{Path.GetFileName(project.FolderPath)} {d.Id} {d.GetMessage()}"));
        }

        Assert.True(connectors > 0, $"No connector found under {root}");
        Assert.Equal(expected, findings);
    }
}
