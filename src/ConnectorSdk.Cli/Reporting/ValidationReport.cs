using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>What a report needs besides the results: the rules known, where help links point and the mode analyzed in.</summary>
internal sealed record ReportContext(IReadOnlyList<DiagnosticDescriptor> Rules, Uri HelpLinkBase, string CurrentDirectory, AnalysisMode Mode = AnalysisMode.Default);

/// <summary>
/// One output format of <c>connector validate</c>. Results arrive one connector at a time, in discovery
/// order, and are written at once so that nothing accumulates; the summary closes the report.
/// </summary>
internal abstract class ValidationReport
{
    public const string Text = "text";
    public const string Sarif = "sarif";
    public const string Json = "json";
    public const string MsBuild = "msbuild";

    /// <summary>The formats, the default first.</summary>
    public static IReadOnlyList<string> Formats { get; } = [Text, Sarif, Json, MsBuild];

    public static ValidationReport Create(string format, TextWriter output, ReportContext context) => format switch
    {
        Sarif => new SarifReport(output, context),
        Json => new JsonReport(output, context),
        MsBuild => new MsBuildReport(output, context),
        _ => new TextReport(output, context),
    };

    public abstract void Write(AnalysisResult result);

    public abstract void Complete(ValidationSummary summary);

    /// <summary>Hidden diagnostics are never shown; suppressed ones only where the format can mark them.</summary>
    protected static bool IsReported(Diagnostic diagnostic) => diagnostic.Severity != DiagnosticSeverity.Hidden;
}
