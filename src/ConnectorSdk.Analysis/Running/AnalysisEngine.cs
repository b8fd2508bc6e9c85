using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Analysis.Running;

/// <summary>
/// Runs analyzers over connectors. Analyzers are initialized once; each connector is then read,
/// walked once with dispatch to the registered actions, and its diagnostics located and filtered.
/// Thread-safe: connectors may be analyzed in parallel.
/// </summary>
public sealed class AnalysisEngine
{
    private readonly ActionRegistry _registry = new();
    private readonly Dictionary<ConnectorAnalyzer, HashSet<string>> _declaredIds = [];
    private readonly SeverityPolicy _policy;

    public AnalysisEngine(IEnumerable<ConnectorAnalyzer> analyzers, AnalysisOptions? options = null)
    {
        Options = options ?? new AnalysisOptions();
        _policy = new SeverityPolicy(Options);
        var descriptors = new List<DiagnosticDescriptor>(InfrastructureDiagnostics.All);
        foreach (var analyzer in analyzers)
        {
            _declaredIds[analyzer] = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            descriptors.AddRange(analyzer.SupportedDiagnostics.Where(d => descriptors.All(known => known.Id != d.Id)));
            analyzer.Initialize(new RegistrationContext(_registry, analyzer));
        }

        Descriptors = descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    public AnalysisOptions Options { get; }

    /// <summary>Every rule known to this engine: the infrastructure rules and those the analyzers declare, by id.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <param name="baseline">A previous version's swagger to compare with, if any.</param>
    /// <param name="hostDiagnostics">Problems the host found while preparing the analysis (an unreadable baseline), configured like every other diagnostic.</param>
    public AnalysisResult Analyze(ConnectorProject project, ProjectFile? baseline = null, CancellationToken cancellationToken = default, IReadOnlyList<Diagnostic>? hostDiagnostics = null)
    {
        var configuration = ConnectorConfiguration.Load(project.FolderPath, Descriptors);
        var places = PlacesOf(project).Select(configuration.For).ToArray();
        var enabled = _declaredIds.Keys
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(rule => places.Any(place => _policy.Decide(rule, project.Kind, place) is not null)))
            .ToHashSet();
        using var run = new ConnectorRun(project, Options, _registry, enabled, _declaredIds, new RunConfiguration(_policy, project.Kind, configuration), cancellationToken);
        return new AnalysisResult(project, run.Execute(baseline, hostDiagnostics ?? []));
    }

    /// <summary>Where a rule can report: the folder, the connector's files, and where missing files are expected.</summary>
    private static IEnumerable<string> PlacesOf(ConnectorProject project)
        => project.Files.Select(file => file.File.Path)
            .Concat(ConnectorFiles.ConventionalNames.Select(name => Path.Combine(project.FolderPath, name)))
            .Append(project.FolderPath)
            .Distinct(StringComparer.Ordinal);
}
