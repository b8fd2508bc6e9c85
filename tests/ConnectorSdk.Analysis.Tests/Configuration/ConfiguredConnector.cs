using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Tests.Configuration;

/// <summary>
/// A connector on disk at <c>TEMP/repo/connectors/contoso</c>, with configuration files the test writes,
/// analyzed by an analyzer that reports each of <see cref="Rules"/> once on the swagger's root. The
/// temporary folder gets an .editorconfig with <c>root = true</c>, so that nothing above it leaks in.
/// </summary>
internal sealed class ConfiguredConnector : IDisposable
{
    public static readonly DiagnosticDescriptor Rule = TestDescriptors.Create("PPC9001");
    public static readonly DiagnosticDescriptor RecommendedRule = TestDescriptors.Create("PPC9002", mode: AnalysisMode.Recommended);
    public static readonly DiagnosticDescriptor CertificationRule = TestDescriptors.Create("PPC9003", appliesTo: ConnectorKinds.Certification);

    /// <summary>A "CERT E / ALL W" rule: an error for certification kinds, a warning for Custom.</summary>
    public static readonly DiagnosticDescriptor KindDependentRule = TestDescriptors.Create("PPC9004", DiagnosticSeverity.Error, customSeverity: DiagnosticSeverity.Warning);

    private static readonly DiagnosticDescriptor[] Rules = [Rule, RecommendedRule, CertificationRule, KindDependentRule];

    private readonly string _temp = Directory.CreateTempSubdirectory("connector-config-tests-").FullName;

    public ConfiguredConnector()
    {
        Write(".editorconfig", "root = true");
        Write("repo/connectors/contoso/apiDefinition.swagger.json", """{ "swagger": "2.0" }""");
        Write("repo/connectors/contoso/apiProperties.json", "{}");
    }

    public string Folder => Path.Combine(_temp, "repo", "connectors", "contoso");

    public string SwaggerPath => Path.Combine(Folder, "apiDefinition.swagger.json");

    /// <summary>Writes a file relative to the temporary folder (e.g. <c>repo/.globalconfig</c>) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(_temp, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public AnalysisResult Analyze(AnalysisOptions? options = null, ConnectorAnalyzer? analyzer = null, ConnectorKind? kind = null)
    {
        analyzer ??= new DelegateAnalyzer(context => context.RegisterSwaggerAction(c =>
        {
            foreach (var rule in Rules)
            {
                c.Report(rule, c.Swagger.Root.Location, "it");
            }
        }), Rules);
        return new AnalysisEngine([analyzer], options).Analyze(ConnectorProject.Load(Folder, kind));
    }

    /// <summary>The severity <paramref name="rule"/> is reported at, or null when it is not reported.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor rule, AnalysisOptions? options = null, ConnectorKind? kind = null)
        => Analyze(options, kind: kind).Diagnostics.SingleOrDefault(d => d.Id == rule.Id)?.Severity;

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
