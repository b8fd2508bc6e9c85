using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>The counts that decide the exit code; suppressed diagnostics do not count.</summary>
internal sealed class ValidationSummary
{
    public int Connectors { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int ExitCode => Errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;

    public void Add(AnalysisResult result)
    {
        Connectors++;
        Errors += result.Count(DiagnosticSeverity.Error);
        Warnings += result.Count(DiagnosticSeverity.Warning);
    }

    /// <summary>The summary line of the text output, in a fixed form that scripts can match: "1 connector, 2 errors, 0 warnings".</summary>
    public override string ToString() => $"{Plural.Count(Connectors, "connector")}, {Plural.Count(Errors, "error")}, {Plural.Count(Warnings, "warning")}";
}
