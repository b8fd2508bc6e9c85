using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Build.CliTasks;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>
/// The records that the SDK's task on .NET Framework MSBuild reads (<see cref="DiagnosticRecords"/>; docs/cli.md,
/// "msbuild"): for each connector its folder, kind and mode, then each diagnostic with every field a build logs.
/// Paths are absolute; suppressed diagnostics are kept, marked, with their justification.
/// </summary>
internal sealed class MsBuildReport : ValidationReport
{
    private readonly TextWriter _output;
    private readonly Uri _helpLinkBase;
    private readonly string _mode;

    public MsBuildReport(TextWriter output, ReportContext context)
    {
        _output = output;
        _helpLinkBase = context.HelpLinkBase;
        _mode = context.Mode.ToString();
        DiagnosticRecords.WriteHeader(output);
    }

    public override void Write(AnalysisResult result)
    {
        DiagnosticRecords.WriteConnector(_output, Path.GetFullPath(result.Project.FolderPath), result.Project.Kind.ToString(), _mode);
        foreach (var diagnostic in result.Diagnostics.Where(IsReported))
        {
            var span = diagnostic.Location.Span ?? default;
            DiagnosticRecords.WriteDiagnostic(_output, new DiagnosticRecord
            {
                Severity = SeverityNames.Of(diagnostic.Severity),
                Code = diagnostic.Id,
                File = Path.GetFullPath(diagnostic.Location.FilePath),
                Line = span.StartLine,
                Column = span.StartColumn,
                EndLine = span.EndLine,
                EndColumn = span.EndColumn,
                HelpLink = HelpLinks.Resolve(diagnostic.Descriptor, _helpLinkBase) ?? "",
                Message = diagnostic.GetMessage(),
                IsSuppressed = diagnostic.IsSuppressed,
                Justification = diagnostic.SuppressionJustification ?? "",
            });
        }

        _output.Flush();
    }

    public override void Complete(ValidationSummary summary) => _output.Flush();
}
