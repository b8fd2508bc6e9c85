using ConnectorSdk.Analysis.Json;

namespace ConnectorSdk.Analysis.Running;

/// <summary>What reading a JSON file met (PPC0002 to PPC0005), at its place in the file: the same for connector files and the suppressions file.</summary>
internal static class JsonProblemDiagnostics
{
    public static IEnumerable<Diagnostic> For(JsonReadResult result, string path)
    {
        var fileName = Path.GetFileName(path);
        foreach (var problem in result.Problems)
        {
            var span = result.SourceMap.GetSpan(problem.ByteOffset, problem.ByteLength);
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
