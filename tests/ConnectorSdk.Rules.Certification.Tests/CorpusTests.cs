using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Rules.Certification.Tests;

/// <summary>
/// Runs the pack over the shared corpus of real connectors in mode Default and compares, per rule, how
/// many connectors and findings it produces in each folder with a checked-in snapshot, so that a change
/// of behaviour on real connectors is visible in review. On a difference the test writes
/// <c>Corpus.snapshot.received.txt</c> beside the snapshot: review it, then copy it over the snapshot.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string[] Folders = ["certified-connectors", "independent-publisher-connectors", "custom-connectors"];

    private static string SnapshotPath => Path.Combine(RepositoryFolder.Path, "tests", "ConnectorSdk.Rules.Certification.Tests", "Corpus.snapshot.txt");

    [Fact]
    public void FindingsPerRule_MatchTheSnapshot()
    {
        var engine = new AnalysisEngine(RulePack.FromAssembly(CertificationRules.Assembly).Analyzers, new AnalysisOptions { Mode = AnalysisMode.Default });
        var counts = engine.Descriptors.Select(d => d.Id).Distinct().ToDictionary(id => id, _ => new (int Connectors, int Findings)[Folders.Length]);
        var totals = new int[Folders.Length];
        for (var folder = 0; folder < Folders.Length; folder++)
        {
            foreach (var path in ConnectorFiles.Discover(Path.Combine(TestData.Corpus, Folders[folder])))
            {
                totals[folder]++;
                foreach (var rule in engine.Analyze(ConnectorProject.Load(path)).Diagnostics.GroupBy(d => d.Id))
                {
                    var (connectors, findings) = counts[rule.Key][folder];
                    counts[rule.Key][folder] = (connectors + 1, findings + rule.Count());
                }
            }
        }

        var actual = Render(totals, counts);
        var received = Path.ChangeExtension(SnapshotPath, ".received.txt");
        var expected = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : "";
        if (actual == expected)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"The corpus findings changed; review {received} and copy it over {SnapshotPath}.\nExpected:\n{expected}\nActual:\n{actual}");
    }

    [Fact]
    public void NoRule_FailsOnTheCorpus()
    {
        var engine = new AnalysisEngine(RulePack.FromAssembly(CertificationRules.Assembly).Analyzers, new AnalysisOptions { Mode = AnalysisMode.All });

        var failures = ConnectorFiles.Discover(TestData.Corpus)
            .SelectMany(path => engine.Analyze(ConnectorProject.Load(path)).Diagnostics)
            .Where(d => d.Id == "PPC0006")
            .Select(d => d.ToString());

        Assert.Empty(failures);
    }

    private static string Render(int[] totals, Dictionary<string, (int Connectors, int Findings)[]> counts)
    {
        var text = new StringBuilder()
            .Append("# Findings of the certification pack on tests/Data/corpus in mode Default, per rule: connectors / findings\n")
            .Append("# rule     ").AppendJoin("  ", Folders).Append('\n')
            .Append("connectors ").AppendJoin("  ", totals.Select((total, i) => total.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Folders[i].Length))).Append('\n');
        foreach (var (id, perFolder) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append(id).Append("    ").AppendJoin("  ", perFolder.Select((c, i) => $"{c.Connectors}/{c.Findings}".PadLeft(Folders[i].Length))).Append('\n');
        }

        return text.ToString();
    }
}
