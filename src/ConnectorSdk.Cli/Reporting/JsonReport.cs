using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Cli.Reporting;

/// <summary>
/// A plain JSON report for scripts (docs/cli.md describes it):
/// <code>
/// { "tool": { "name", "version" },
///   "connectors": [ { "folder", "kind", "diagnostics": [ { "id", "severity", "message", "file",
///                     "span"?: { "startLine", "startColumn", "endLine", "endColumn" }, "jsonPointer"?,
///                     "helpUri", "suppressed", "justification"? } ] } ],
///   "summary": { "connectors", "errors", "warnings" } }
/// </code>
/// Paths are absolute; <c>span</c> and <c>jsonPointer</c> are left out when the location has none.
/// </summary>
internal sealed class JsonReport : ValidationReport
{
    private readonly JsonOutput _output;
    private readonly Uri _helpLinkBase;

    public JsonReport(TextWriter output, ReportContext context)
    {
        _output = new JsonOutput(output);
        _helpLinkBase = context.HelpLinkBase;
        var json = _output.Writer;
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("connectors");
    }

    public override void Write(AnalysisResult result)
    {
        var json = _output.Writer;
        json.WriteStartObject();
        json.WriteString("folder", result.Project.FolderPath);
        json.WriteString("kind", result.Project.Kind.ToString());
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            if (IsReported(diagnostic))
            {
                WriteDiagnostic(json, diagnostic);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        _output.Flush();
    }

    public override void Complete(ValidationSummary summary)
    {
        var json = _output.Writer;
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("connectors", summary.Connectors);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteEndObject();
        json.WriteEndObject();
        _output.Complete();
    }

    private void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", SeverityNames.Of(diagnostic.Severity));
        json.WriteString("message", diagnostic.GetMessage());
        json.WriteString("file", Path.GetFullPath(location.FilePath));
        if (location.Span is { } span)
        {
            json.WriteSpan("span", span);
        }

        if (location.JsonPointer is { } pointer)
        {
            json.WriteString("jsonPointer", pointer);
        }

        json.WriteString("helpUri", HelpLinks.Resolve(diagnostic.Descriptor, _helpLinkBase));
        json.WriteBoolean("suppressed", diagnostic.IsSuppressed);
        if (diagnostic.SuppressionJustification is { } justification)
        {
            json.WriteString("justification", justification);
        }
        json.WriteEndObject();
    }
}
