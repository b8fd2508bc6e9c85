using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Reporting;

namespace ConnectorSdk.Cli.Tests.Reporting;

/// <summary>Hand-made diagnostics of every shape a report must handle, without running any analysis.</summary>
internal static class Diagnostics
{
    public static readonly DiagnosticDescriptor ErrorRule = Rule("TST0001", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor WarningRule = Rule("TST0002", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InfoRule = Rule("TST0003", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor HiddenRule = Rule("TST0004", DiagnosticSeverity.Hidden);

    /// <summary>A warning for independent publishers, a suggestion for certified connectors and an error for custom ones.</summary>
    public static readonly DiagnosticDescriptor KindDependentRule = new(
        "TST0005", "Title of TST0005", "Message about '{0}'", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "Description of TST0005.",
        certifiedSeverity: DiagnosticSeverity.Info, customSeverity: DiagnosticSeverity.Error, helpLinkUri: Page("TST0005"));

    public static IReadOnlyList<DiagnosticDescriptor> Rules { get; } = [.. InfrastructureDiagnostics.All, ErrorRule, WarningRule, InfoRule, HiddenRule, KindDependentRule];

    public static readonly SourceSpan Span = new(3, 5, 3, 20);

    /// <summary>
    /// In <paramref name="folder"/>: an error with a span and a pointer, a suppressed warning, a suggestion
    /// about a missing file (no span) and a hidden diagnostic, in that order.
    /// </summary>
    public static AnalysisResult Result(string folder)
    {
        var swagger = Path.Combine(folder, "apiDefinition.swagger.json");
        return new AnalysisResult(
            ConnectorProject.FromContents(folder, ConnectorKind.Certified, []),
            [
                Diagnostic.Create(ErrorRule, Location.InJson(swagger, "/paths/~1items/get") with { Span = Span }, "get"),
                Diagnostic.Create(WarningRule, Location.InJson(swagger, "/info") with { Span = Span }, "info").WithSuppression(true, "Accepted"),
                Diagnostic.Create(InfoRule, Location.InFile(Path.Combine(folder, "readme.md")), "readme.md"),
                Diagnostic.Create(HiddenRule, Location.InFile(swagger), "hidden"),
            ]);
    }

    /// <summary>The report of <see cref="Result"/> in <paramref name="format"/>, with help links under https://example.com/.</summary>
    public static string Report(string format, string folder)
    {
        using var output = new StringWriter();
        var report = ValidationReport.Create(format, output, new ReportContext(Rules, new Uri("https://example.com/"), folder));
        var summary = new ValidationSummary();
        var result = Result(folder);
        report.Write(result);
        summary.Add(result);
        report.Complete(summary);
        return output.ToString();
    }

    private static DiagnosticDescriptor Rule(string id, DiagnosticSeverity severity)
        => new(id, $"Title of {id}", "Message about '{0}'", "Test", severity, AnalysisMode.Default, ConnectorKinds.All, $"Description of {id}.", helpLinkUri: Page(id));

    /// <summary>A page relative to the host's base, as the built-in packs' rules have.</summary>
    private static string Page(string id) => $"docs/rules/{id}.md";
}
