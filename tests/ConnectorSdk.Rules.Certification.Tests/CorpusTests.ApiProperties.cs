using System.Reflection;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification.ApiProperties;

namespace ConnectorSdk.Rules.Certification.Tests;

/// <summary>
/// Runs the apiProperties.json rules over the shared corpus (real certified, independent publisher and
/// sample connectors) and pins what they find, so that a change in a rule's reach shows up in review.
/// </summary>
public sealed class ApiPropertiesCorpusTests
{
    private static readonly ConnectorAnalyzer[] Analyzers =
    [
        new BrandColorFormatRule(),
        new VerifiedPublisherBrandColorRule(),
        new IndependentPublisherBrandColorRule(),
        new ScriptOperationMissingRule(),
    ];

    private static readonly string[] RuleIdsUnderTest = ["PPC0006", "PPC2002", "PPC2003", "PPC2004", "PPC2021"];

    [Theory]
    [InlineData("certified-connectors", ConnectorKind.Certified, "DocuSign PPC2003")]
    [InlineData("independent-publisher-connectors", ConnectorKind.IndependentPublisher)]
    [InlineData("custom-connectors", ConnectorKind.Custom)]
    public void Corpus_FindsOnlyTheKnownViolations(string folder, ConnectorKind expectedKind, params string[] expected)
    {
        var root = Path.Combine(SharedFolder(), "corpus", folder);
        Assert.True(Directory.Exists(root), $"The shared corpus is missing: {root}");
        var engine = new AnalysisEngine(Analyzers, new AnalysisOptions { Mode = AnalysisMode.All });

        var connectors = 0;
        var findings = new List<string>();
        foreach (var path in ConnectorFiles.Discover(root))
        {
            var project = ConnectorProject.Load(path);
            Assert.Equal(expectedKind, project.Kind);
            connectors++;
            findings.AddRange(engine.Analyze(project).Diagnostics
                .Where(d => RuleIdsUnderTest.Contains(d.Id))
                .Select(d => $"{Path.GetFileName(project.FolderPath)} {d.Id}"));
        }

        Assert.True(connectors > 0, $"No connector found under {root}");
        Assert.Equal(expected, findings);
    }

    private static string SharedFolder()
        => typeof(ApiPropertiesCorpusTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SharedFolder").Value!;
}
