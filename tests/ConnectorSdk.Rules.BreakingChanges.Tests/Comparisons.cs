using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.Rules.BreakingChanges.Tests;

/// <summary>Runs the built-in engine, as `connector validate --baseline --mode All` does, and keeps the breaking-change findings.</summary>
internal static class Comparisons
{
    private static readonly AnalysisEngine Engine = BuiltInRulePacks.CreateEngine(new AnalysisOptions { Mode = AnalysisMode.All }, withBaseline: true, []);

    public static IReadOnlyList<Diagnostic> Compare(ConnectorProject current, ConnectorProject baseline)
        => [.. Engine.Analyze(current, baseline).Diagnostics.Where(d => d.Id.StartsWith("PPC7", StringComparison.Ordinal) || d.Id == "PPC0010" || d.Id == "PPC0006")];

    /// <summary>One line per finding: id, line and column, and message (without the shared advice).</summary>
    public static string Describe(Diagnostic diagnostic)
        => $"{diagnostic.Id} ({diagnostic.Location.Span?.StartLine},{diagnostic.Location.Span?.StartColumn}) {diagnostic.GetMessage().Replace("; " + Descriptors.Advice, "", StringComparison.Ordinal)}";
}
