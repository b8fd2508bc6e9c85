using System.Collections.Concurrent;
using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Packs;

namespace ConnectorSdk.Analysis.Running;

/// <summary>
/// Runs analyzers over connectors. Analyzers are initialized once; each connector is then read,
/// walked once with dispatch to the registered actions, and its diagnostics located and filtered.
/// Thread-safe: connectors may be analyzed in parallel.
/// </summary>
internal sealed class AnalysisEngine
{
    private readonly ActionRegistry _registry = new();
    private readonly Dictionary<ConnectorAnalyzer, HashSet<string>> _declaredIds = [];
    private readonly List<Diagnostic> _packProblems = [];
    private readonly SeverityPolicy _policy;

    // Read once per engine (one CLI run, one build task), so that an edit between two builds is seen.
    private readonly ConcurrentDictionary<string, ConfigFile?> _configFiles = new(StringComparer.Ordinal);

    // By kind: the same for every connector no configuration file applies to. A race computes the same set twice.
#pragma warning disable CA2263 // The non-generic overload: no generic code over our enum compiled at start-up (docs/performance.md).
    private readonly HashSet<ConnectorAnalyzer>?[] _enabledWithoutConfiguration = new HashSet<ConnectorAnalyzer>?[Enum.GetNames(typeof(ConnectorKind)).Length];
#pragma warning restore CA2263

    public AnalysisEngine(IEnumerable<ConnectorAnalyzer> analyzers, AnalysisOptions? options = null)
        : this(RulePack.FromAnalyzers(analyzers), options)
    {
    }

    /// <summary>
    /// An engine running the packs in order. What is wrong with one (it could not be loaded, an analyzer fails to
    /// initialize, or declares an id that the engine or an earlier pack declares) is PPC0007, reported with
    /// every connector; the analyzers concerned are left out and the rest of the analysis runs.
    /// </summary>
    public static AnalysisEngine FromPacks(IEnumerable<RulePack> packs, AnalysisOptions? options = null) => new(packs, options);

    // Not public: `new AnalysisEngine([], ...)` would not know which of two public constructors it means.
    private AnalysisEngine(IEnumerable<RulePack> packs, AnalysisOptions? options)
    {
        Options = options ?? new AnalysisOptions();
        _policy = new SeverityPolicy(Options);
        var owners = InfrastructureDiagnostics.All.ToDictionary(d => d.Id, d => (Descriptor: d, Owner: (RulePack?)null), StringComparer.OrdinalIgnoreCase);
        foreach (var pack in packs)
        {
            if (pack.LoadProblem is { } loadProblem)
            {
                ReportPackProblem(pack, loadProblem);
            }

            foreach (var analyzer in pack.Analyzers)
            {
                if (TryAdd(pack, analyzer, owners) is { } declared)
                {
                    foreach (var descriptor in declared)
                    {
                        owners.TryAdd(descriptor.Id, (descriptor, pack));
                    }
                }
            }
        }

        Descriptors = owners.Values.Select(o => o.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
    }

    public AnalysisOptions Options { get; }

    /// <summary>Every rule known to this engine: the infrastructure rules and those the analyzers declare, by id.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>What is wrong with the rule packs (PPC0007), also reported with every connector's diagnostics.</summary>
    public IReadOnlyList<Diagnostic> PackProblems => _packProblems;

    /// <param name="baseline">The previous version to compare with, if any: a connector folder (swagger and apiProperties) or a swagger file alone.</param>
    /// <param name="hostDiagnostics">Problems the host found while preparing the analysis (an unreadable baseline), configured like every other diagnostic.</param>
    public AnalysisResult Analyze(ConnectorProject project, ConnectorProject? baseline = null, IReadOnlyList<Diagnostic>? hostDiagnostics = null, CancellationToken cancellationToken = default)
    {
        var configuration = ConnectorConfiguration.Load(project.FolderPath, Descriptors, _configFiles, Options.FileSystem);
        var enabled = configuration.IsEmpty
            ? _enabledWithoutConfiguration[(int)project.Kind] ??= Enabled(project.Kind, [FileConfiguration.Empty])
            : Enabled(project.Kind, PlacesOf(project).Select(configuration.For).ToArray());
        using var run = new ConnectorRun(project, Options, _registry, enabled, _declaredIds, new RunConfiguration(_policy, project.Kind, configuration), cancellationToken);
        return new AnalysisResult(project, run.Execute(baseline, [.. _packProblems, .. hostDiagnostics ?? []]));
    }

    /// <summary>The analyzers with a rule reported in one of the places (as configured there).</summary>
    private HashSet<ConnectorAnalyzer> Enabled(ConnectorKind kind, FileConfiguration[] places)
        => _declaredIds.Keys
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(rule => places.Any(place => _policy.Decide(rule, kind, place) is not null)))
            .ToHashSet();

    /// <summary>Where a rule can report: the folder, the connector's files, and where missing files are expected.</summary>
    private static IEnumerable<string> PlacesOf(ConnectorProject project)
        => project.Files.Select(file => file.File.Path)
            .Concat(ConnectorFiles.ConventionalNames.Select(name => Path.Combine(project.FolderPath, name)))
            .Append(project.FolderPath)
            .Distinct(StringComparer.Ordinal);

    /// <summary>Declares and initializes one analyzer; its descriptors, or null when it is left out.</summary>
    private DiagnosticDescriptor[]? TryAdd(RulePack pack, ConnectorAnalyzer analyzer, Dictionary<string, (DiagnosticDescriptor Descriptor, RulePack? Owner)> owners)
    {
        var type = analyzer.GetType().Name;
        try
        {
            var declared = analyzer.SupportedDiagnostics.ToArray();
            var taken = declared.FirstOrDefault(d => owners.TryGetValue(d.Id, out var owner) && owner.Owner != pack);
            if (taken is not null)
            {
                ReportPackProblem(pack, $"analyzer '{type}' declares {taken.Id}, which {Quote(owners[taken.Id].Owner)} already declares; the analyzer was not loaded");
                return null;
            }

            // Registered apart first, so that an analyzer whose Initialize throws leaves no action behind.
            var registry = new ActionRegistry();
            analyzer.Initialize(new RegistrationContext(registry, analyzer));
            _registry.Add(registry);
            _declaredIds[analyzer] = declared.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            if (pack.IsFromFile)
            {
                foreach (var descriptor in declared)
                {
                    descriptor.SetRulePackHelpLinkBase(pack.HelpLinkBase);
                }
            }

            return declared;
        }
        catch (Exception exception)
        {
            ReportPackProblem(pack, $"analyzer '{type}' failed to initialize: {exception.GetType().Name}: {exception.Message}; it was not loaded");
            return null;
        }
    }

    private void ReportPackProblem(RulePack pack, string problem)
        => _packProblems.Add(Diagnostic.Create(InfrastructureDiagnostics.RulePackInvalid, Location.InFile(pack.Path), pack.Name, problem));

    private static string Quote(RulePack? owner) => owner is null ? "the engine" : $"rule pack '{owner.Name}'";
}
