using System.Text.Json;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Reporting;

/// <summary>
/// Writes a SARIF 2.1.0 log: one run whose driver lists every rule the engine knows, and one result per
/// reported diagnostic (hidden ones are not reported; suppressed ones are, marked as suppressed).
/// Results are written as each connector's analysis completes, so a host holds one connector at a time.
/// </summary>
/// <example>
/// <code>
/// var sarif = SarifWriter.Start(json, engine.Descriptors, HelpLinks.DefaultBase);
/// foreach (var result in results) sarif.Write(result);
/// sarif.Complete();
/// </code>
/// </example>
internal sealed class SarifWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private readonly Utf8JsonWriter _json;
    private readonly Dictionary<string, int> _ruleIndexes;

    private SarifWriter(Utf8JsonWriter json, Dictionary<string, int> ruleIndexes)
    {
        _json = json;
        _ruleIndexes = ruleIndexes;
    }

    /// <summary>Writes the log up to its results: the run's tool and rules. The caller owns <paramref name="json"/>.</summary>
    public static SarifWriter Start(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules, Uri helpLinkBase)
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.RepositoryUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule, helpLinkBase);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        return new SarifWriter(json, rules.Select((rule, index) => (rule.Id, index)).ToDictionary(r => r.Id, r => r.index, StringComparer.Ordinal));
    }

    public void Write(AnalysisResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Hidden)
            {
                WriteResult(diagnostic);
            }
        }
    }

    /// <summary>Closes the results, the run and the log, and flushes.</summary>
    public void Complete()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>The absolute file:// URI SARIF requires for a path.</summary>
    public static string ToFileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule, Uri helpLinkBase)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Description);
        if (HelpLinks.Resolve(rule, helpLinkBase) is { } helpUri)
        {
            json.WriteString("helpUri", helpUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", ToLevel(rule.DefaultSeverity));
        if (SeverityByKind.Differing(rule) is [_, ..] kinds)
        {
            // SARIF has one default level per rule; the kinds that have their own go in its property bag.
            json.WriteStartObject("properties");
            json.WriteStartObject("levelByKind");
            foreach (var kind in kinds)
            {
                json.WriteString(kind.ToString(), ToLevel(rule.GetDefaultSeverity(kind)));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        _json.WriteStartObject();
        _json.WriteString("ruleId", diagnostic.Id);
        if (_ruleIndexes.TryGetValue(diagnostic.Id, out var ruleIndex))
        {
            _json.WriteNumber("ruleIndex", ruleIndex);
        }

        _json.WriteString("level", ToLevel(diagnostic.Severity));
        WriteMessage(_json, "message", diagnostic.GetMessage());
        _json.WriteStartArray("locations");
        _json.WriteStartObject();
        _json.WriteStartObject("physicalLocation");
        _json.WriteStartObject("artifactLocation");
        _json.WriteString("uri", ToFileUri(location.FilePath));
        _json.WriteEndObject();
        if (location.Span is { } span)
        {
            _json.WriteSpan("region", span);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndArray();
        if (diagnostic.IsSuppressed)
        {
            _json.WriteStartArray("suppressions");
            _json.WriteStartObject();
            _json.WriteString("kind", "external");
            if (diagnostic.SuppressionJustification is { } justification)
            {
                _json.WriteString("justification", justification);
            }

            _json.WriteEndObject();
            _json.WriteEndArray();
        }

        if (location.JsonPointer is { } pointer)
        {
            _json.WriteStartObject("properties");
            _json.WriteString("jsonPointer", pointer);
            _json.WriteEndObject();
        }

        _json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string propertyName, string text)
    {
        json.WriteStartObject(propertyName);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string ToLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };
}
