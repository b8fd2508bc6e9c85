using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>
/// One canonical MSBuild-style line per diagnostic, which terminals, editors and CI log parsers
/// recognise: <c>path(startLine,startCol,endLine,endCol): error PPC1051: message</c>. Suppressed
/// diagnostics are left out; the summary line closes the output.
/// </summary>
internal sealed class TextReport(TextWriter output, ReportContext context) : ValidationReport
{
    public override void Write(AnalysisResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (IsReported(diagnostic) && !diagnostic.IsSuppressed)
            {
                output.WriteLine(FormatLine(diagnostic));
            }
        }
    }

    public override void Complete(ValidationSummary summary) => output.WriteLine(summary);

    private string FormatLine(Diagnostic diagnostic)
        => $"{DisplayPath(diagnostic.Location.FilePath)}{diagnostic.Location.Span}: {SeverityNames.Of(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.GetMessage()}";

    /// <summary>Relative to the current directory when under it (shorter, and clickable in most terminals), else absolute.</summary>
    private string DisplayPath(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(context.CurrentDirectory, fullPath);
        var isUnder = relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        return isUnder ? relative : fullPath;
    }
}
