using System.Text.Json;
using ConnectorSdk.Analysis.Json;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Suppressions;

/// <summary>
/// A <c>connector.suppressions.json</c>: a JSON array of <c>{ "id", "file", "pointer", "justification" }</c>
/// entries, <c>file</c> relative to the connector folder and <c>pointer</c> the finding's JSON pointer (left out,
/// every finding of the id in the file). Read leniently like connector files; what is wrong in it is reported
/// at its place (PPC0002 to PPC0005, PPC0008 for an invalid entry), never thrown. The connector's own files are never touched.
/// </summary>
internal sealed class SuppressionFile
{
    public const string FileName = "connector.suppressions.json";

    private readonly List<Suppression> _entries = [];
    private readonly List<Diagnostic> _problems = [];

    private SuppressionFile()
    {
    }

    /// <summary>Reads the file at <paramref name="path"/>, or none when there is no such file.</summary>
    public static SuppressionFile Read(string path, string connectorFolder, ConnectorFileSystem fileSystem)
    {
        var file = new SuppressionFile();
        if (!fileSystem.FileExists(path))
        {
            return file;
        }

        using var json = LenientJsonReader.Read(fileSystem.ReadAllBytes(path));
        file._problems.AddRange(JsonProblemDiagnostics.For(json, path));
        if (json.Document?.RootElement is not { } root)
        {
            return file;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            file._problems.Add(Malformed(json, path, JsonPointer.Root, "the file is not a JSON array of entries"));
            return file;
        }

        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var pointer = JsonPointer.Append(JsonPointer.Root, index++);
            if (TryReadEntry(item, connectorFolder, EntryLocation(json, path, pointer)) is { } entry)
            {
                file._entries.Add(entry);
            }
            else
            {
                file._problems.Add(Malformed(json, path, pointer, "an entry must be an object with string \"id\" and \"file\", and optionally string \"pointer\" and \"justification\""));
            }
        }

        return file;
    }

    /// <summary>
    /// The diagnostics, those an entry matches marked as suppressed (keeping their severity); and the problems
    /// of the file: its JSON problems, invalid entries (PPC0008) and a PPC0011 for every entry that matched nothing.
    /// </summary>
    public (List<Diagnostic> Findings, List<Diagnostic> Problems) Apply(IEnumerable<Diagnostic> diagnostics, string connectorFolder)
    {
        var used = new HashSet<Suppression>();
        var findings = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var entry = _entries.FirstOrDefault(e => e.Matches(diagnostic));
            if (entry is not null)
            {
                used.Add(entry);
            }

            findings.Add(entry is null ? diagnostic : diagnostic.WithSuppression(true, entry.Justification));
        }

        var stale = _entries.Where(e => !used.Contains(e)).Select(e => Diagnostic.Create(InfrastructureDiagnostics.SuppressionUnused, e.Entry, e.Describe(connectorFolder)));
        return (findings, [.. _problems, .. stale]);
    }

    private static Suppression? TryReadEntry(JsonElement item, string connectorFolder, Location location)
    {
        if (item.ValueKind != JsonValueKind.Object
            || RequiredString(item, "id") is not { Length: > 0 } id
            || RequiredString(item, "file") is not { Length: > 0 } file
            || !TryOptionalString(item, "pointer", out var pointer)
            || !TryOptionalString(item, "justification", out var justification))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(connectorFolder, file.Replace('\\', Path.DirectorySeparatorChar)));
        return new Suppression(id.Trim(), path, pointer, justification, location);
    }

    private static string? RequiredString(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryOptionalString(JsonElement item, string name, out string? value)
    {
        value = null;
        if (!item.TryGetProperty(name, out var element))
        {
            return true;
        }

        value = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        return value is not null;
    }

    private static Diagnostic Malformed(JsonReadResult json, string path, string pointer, string problem)
        => Diagnostic.Create(InfrastructureDiagnostics.InvalidConfiguration, EntryLocation(json, path, pointer), FileName, problem);

    private static Location EntryLocation(JsonReadResult json, string path, string pointer)
        => json.SourceMap.TryGetSpan(pointer, LocationTarget.Value, out var span)
            ? new Location(path, pointer, LocationTarget.Value, span)
            : Location.InJson(path, pointer);
}
