using System.Reflection;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification.Swagger;

namespace ConnectorSdk.Rules.Certification.Tests;

/// <summary>
/// Runs the swagger rules over the shared corpus (real certified, independent publisher and sample
/// connectors) and pins what they find, so that a change in a rule's reach shows up in review. A
/// finding on a certified connector is presumed to be a false positive of the rule.
/// </summary>
public sealed class SwaggerCorpusTests
{
    private static readonly ConnectorAnalyzer[] Analyzers =
    [
        new SpecificationVersionRule(),
        new ReferenceRule(),
        new OperationIdRequiredRule(),
        new OperationIdUniqueRule(),
        new OperationIdReferenceRule(),
        new PathTemplateRule(),
        new PathParameterRule(),
    ];

    private static readonly string[] RuleIdsUnderTest = ["PPC0006", "PPC1001", "PPC1016", "PPC1050", "PPC1051", "PPC1055", "PPC1074", "PPC1076"];

    [Theory]
    [InlineData("certified-connectors", ConnectorKind.Certified)]
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
                .Select(d => $"{Path.GetFileName(project.FolderPath)} {d.Id} {d.GetMessage()}"));
        }

        Assert.True(connectors > 0, $"No connector found under {root}");
        Assert.Equal(expected, findings);
    }

    private static string SharedFolder()
        => typeof(SwaggerCorpusTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SharedFolder").Value!;
}
