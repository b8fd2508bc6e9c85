using System.Text.Json;
using System.Text.Json.Serialization;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.Tasks;

/// <summary>
/// What one successful analysis logged, and of what: the cache file that an up-to-date build replays, and
/// the line at high importance that says, at the default verbosity, what each build did.
/// </summary>
internal sealed record AnalysisCache(string Connector, ConnectorKind Kind, AnalysisMode Mode, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    /// <summary>"Contoso (Certified connector, mode Default): analyzed, 1 error, 2 warnings", or "...: nothing changed, replayed ...".</summary>
    public void LogSummary(TaskLoggingHelper log, bool replayed)
    {
        var errors = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var what = replayed ? "nothing changed, replayed" : "analyzed,";
        log.LogMessage(MessageImportance.High, $"{Connector} ({Kind} connector, mode {Mode}): {what} {Plural.Count(errors, "error")}, {Plural.Count(warnings, "warning")}");
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(this, CacheJson.Default.AnalysisCache));
    }

    public static AnalysisCache Load(string path) => JsonSerializer.Deserialize(File.ReadAllBytes(path), CacheJson.Default.AnalysisCache)!;
}

[JsonSerializable(typeof(AnalysisCache))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class CacheJson : JsonSerializerContext;
