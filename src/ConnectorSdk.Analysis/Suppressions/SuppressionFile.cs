using System.Text.Json;
using ConnectorSdk.Analysis.Json;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Suppressions;

/// <summary>
/// A <c>connector.suppressions.json</c>: a JSON array of <c>{ "id", "file", "pointer", "justification" }</c>
/// entries, <c>file</c> relative to the connector folder and <c>pointer</c> the finding's JSON pointer (left out,
/// every finding of the id in the file). Read leniently like connector files; what is wrong in it is reported
/// at its place, never thrown. The connector's own files are never touched.
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
    public static SuppressionFile Read(string path, string connectorFolder)
    {
        var file = new SuppressionFile();
        if (!File.Exists(path))
        {
            return file;
        }

        using var json = LenientJsonReader.Read(File.ReadAllBytes(path));
        file._problems.AddRange(JsonProblemDiagnostics.For(json, path));
        if (json.Document?.RootElement is not { } root)
        {
            return file;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            file._problems.Add(Malformed(json, path, JsonPointer.Root, "the file must hold a JSON array of entries"));
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
    /// The diagnostics with those an entry matches marked as suppressed (keeping their severity), followed by
    /// what is wrong with the file and a PPC0011 for every entry that matched nothing.
    /// </summary>
    public IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, string connectorFolder)
    {
        var used = new HashSet<Suppression>();
        foreach (var diagnostic in diagnostics)
        {
            var entry = _entries.FirstOrDefault(e => e.Matches(diagnostic));
            if (entry is null)
            {
                yield return diagnostic;
                continue;
            }

            used.Add(entry);
            yield return diagnostic.WithSuppression(true, entry.Justification);
        }

        foreach (var problem in _problems)
        {
            yield return problem;
        }

        foreach (var entry in _entries.Where(e => !used.Contains(e)))
        {
            yield return Diagnostic.Create(InfrastructureDiagnostics.SuppressionUnused, entry.Entry, entry.Describe(connectorFolder));
        }
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

    // Malformed entries are PPC0011 too: like stale ones they suppress nothing.
    private static Diagnostic Malformed(JsonReadResult json, string path, string pointer, string problem)
        => Diagnostic.Create(InfrastructureDiagnostics.SuppressionUnused, EntryLocation(json, path, pointer), problem);

    private static Location EntryLocation(JsonReadResult json, string path, string pointer)
        => json.SourceMap.TryGetSpan(pointer, LocationTarget.Value, out var span)
            ? new Location(path, pointer, LocationTarget.Value, span)
            : Location.InJson(path, pointer);
}
