using ConnectorSdk.Analysis.Json;

namespace ConnectorSdk.Analysis.Running;

/// <summary>What reading a JSON file met (PPC0002 to PPC0005), at its place in the file: the same for connector files and the suppressions file.</summary>
internal static class JsonProblemDiagnostics
{
    public static IEnumerable<Diagnostic> For(JsonReadResult result, string path)
        => For(result, path, StrayBraces.None);

    /// <summary>
    /// The file's problems, and a PPC0002 at each stray brace the swagger's structure shows (see <see cref="StrayBraces"/>),
    /// which replaces the reader's PPC0002 at the brace that closed the root when that comes after it: one extra brace
    /// both describe.
    /// </summary>
    public static IEnumerable<Diagnostic> For(JsonReadResult result, string path, StrayBraces.Diagnosis strayBraces)
    {
        var fileName = Path.GetFileName(path);
        SourceSpan? firstBrace = null;
        foreach (var brace in strayBraces.Braces)
        {
            if (result.SourceMap.TryGetSpan(brace.ClosedEarly, LocationTarget.Value, out var closed)
                && result.SourceMap.TryGetSpan(brace.FirstMisplaced, LocationTarget.Name, out var misplaced))
            {
                var span = new SourceSpan(closed.EndLine, closed.EndColumn - 1, closed.EndLine, closed.EndColumn);
                firstBrace ??= span;
                var closedName = JsonPointer.Unescape(brace.ClosedEarly[(brace.ClosedEarly.LastIndexOf('/') + 1)..]);
                yield return brace.Owner.Length == 0
                    ? Diagnostic.Create(InfrastructureDiagnostics.StrayBraceAtRoot, Location.InText(path, span), fileName, misplaced.StartLine, closedName, brace.FirstMisplacedName)
                    : Diagnostic.Create(InfrastructureDiagnostics.StrayBraceInPathItem, Location.InText(path, span), fileName, misplaced.StartLine, closedName, brace.FirstMisplacedName, JsonPointer.Unescape(brace.Owner["/paths/".Length..]));
            }
        }

        foreach (var problem in result.Problems)
        {
            var span = result.SourceMap.GetSpan(problem.ByteOffset, problem.ByteLength);
            if (problem.Kind == JsonProblemKind.RootClosedEarly && firstBrace is { } brace && (brace.StartLine, brace.StartColumn).CompareTo((span.StartLine, span.StartColumn)) <= 0)
            {
                continue;
            }

            var location = Location.InText(path, span);
            yield return problem.Kind switch
            {
                JsonProblemKind.Unreadable or JsonProblemKind.RootClosedEarly => Diagnostic.Create(InfrastructureDiagnostics.JsonUnreadable, location, fileName, span.StartLine, span.StartColumn, problem.Detail),
                JsonProblemKind.LenientSyntax => Diagnostic.Create(InfrastructureDiagnostics.JsonLenient, location, fileName, problem.Detail),
                JsonProblemKind.NotUtf8 => Diagnostic.Create(InfrastructureDiagnostics.NotUtf8, location, fileName, problem.Detail),
                _ => Diagnostic.Create(InfrastructureDiagnostics.DuplicateKey, location, problem.Detail),
            };
        }
    }
}
