using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.DocumentationGenerator;

/// <summary>How many connectors of one kind the test corpus holds, and on how many of them a rule reports an error.</summary>
internal sealed record KindShare(string Kind, int Connectors, int Reported);

/// <summary>
/// What each error-level rule reports on the certified and independent publisher connectors of the test corpus
/// (tests/Data/corpus, real connectors of microsoft/PowerPlatformConnectors), analyzed as the CLI does in mode
/// Default: on how many of them it reports an error. A rule that fails many accepted connectors must be justified
/// by what Microsoft's validator says.
/// </summary>
internal sealed class CorpusShares
{
    /// <summary>The corpus folders, which give the kind, with the name of the kind.</summary>
    private static readonly (string Folder, string Kind)[] Folders = [("certified-connectors", "certified"), ("independent-publisher-connectors", "independent publisher")];

    private readonly Dictionary<string, int[]> _reported;

    private CorpusShares(IReadOnlyList<DiagnosticDescriptor> errorRules, int[] connectors, Dictionary<string, int[]> reported)
    {
        ErrorRules = errorRules;
        Connectors = connectors;
        _reported = reported;
    }

    /// <summary>The rules that are errors by default for a certification kind, by id.</summary>
    public IReadOnlyList<DiagnosticDescriptor> ErrorRules { get; }

    /// <summary>The connectors of each folder of <see cref="Folders"/>.</summary>
    private int[] Connectors { get; }

    public int Total => Connectors.Sum();

    public static CorpusShares Measure(string repositoryFolder)
    {
        var engine = BuiltInRulePacks.CreateEngine(new AnalysisOptions { Mode = AnalysisMode.Default });
        var errorRules = engine.Descriptors.Where(IsErrorForCertification).ToArray();
        var reported = errorRules.ToDictionary(rule => rule.Id, _ => new int[Folders.Length], StringComparer.Ordinal);
        var connectors = new int[Folders.Length];
        for (var folder = 0; folder < Folders.Length; folder++)
        {
            foreach (var path in ConnectorFiles.Discover(Path.Combine(repositoryFolder, "tests", "Data", "corpus", Folders[folder].Folder)))
            {
                connectors[folder]++;
                var errors = engine.Analyze(ConnectorProject.Load(path)).Diagnostics
                    .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                    .Select(diagnostic => diagnostic.Id)
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var id in errors.Where(reported.ContainsKey))
                {
                    reported[id][folder]++;
                }
            }
        }

        return new CorpusShares(errorRules, connectors, reported);
    }

    /// <summary>The rule's counts per kind.</summary>
    public IReadOnlyList<KindShare> Of(string id) => [.. Folders.Select((folder, i) => new KindShare(folder.Kind, Connectors[i], _reported[id][i]))];

    /// <summary>On how many certified and independent publisher connectors the rule reports an error.</summary>
    public int Reported(string id) => _reported[id].Sum();

    /// <summary>The rule's share of the certified and independent publisher connectors, in percent.</summary>
    public double Percent(string id) => Total == 0 ? 0 : 100.0 * Reported(id) / Total;

    private static bool IsErrorForCertification(DiagnosticDescriptor rule)
        => (rule.AppliesTo.HasFlag(ConnectorKinds.Certified) && rule.GetDefaultSeverity(ConnectorKind.Certified) == DiagnosticSeverity.Error)
            || (rule.AppliesTo.HasFlag(ConnectorKinds.IndependentPublisher) && rule.GetDefaultSeverity(ConnectorKind.IndependentPublisher) == DiagnosticSeverity.Error);
}
