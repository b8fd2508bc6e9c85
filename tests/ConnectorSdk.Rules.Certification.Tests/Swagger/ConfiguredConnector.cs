using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>
/// Runs one analyzer over a connector written to a temporary folder with an .editorconfig, for the
/// tests of rules that read settings (a connector given as contents reads no configuration).
/// </summary>
internal static class ConfiguredConnector
{
    public static IReadOnlyList<Diagnostic> Analyze(ConnectorAnalyzer analyzer, string swagger, string editorConfig, ConnectorKind kind = ConnectorKind.Certified)
    {
        var folder = Path.Combine(Path.GetTempPath(), "connectorsdk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "apiDefinition.swagger.json"), swagger);
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*]\n" + editorConfig + "\n");
            var engine = new AnalysisEngine([analyzer], new AnalysisOptions { Mode = AnalysisMode.All });
            return engine.Analyze(ConnectorProject.Load(folder, kind)).Diagnostics.Where(d => d.Id.StartsWith("PPC1", StringComparison.Ordinal)).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
