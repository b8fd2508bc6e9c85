using System.Text.Json;

namespace ConnectorSdk.Analysis.Reporting;

/// <summary>How every JSON output writes a span: SARIF's region property names, which MSBuild's fields mirror.</summary>
internal static class SpanJson
{
    public static void WriteSpan(this Utf8JsonWriter json, string propertyName, SourceSpan span)
    {
        json.WriteStartObject(propertyName);
        json.WriteNumber("startLine", span.StartLine);
        json.WriteNumber("startColumn", span.StartColumn);
        json.WriteNumber("endLine", span.EndLine);
        json.WriteNumber("endColumn", span.EndColumn);
        json.WriteEndObject();
    }
}
