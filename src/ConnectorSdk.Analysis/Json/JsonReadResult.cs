using System.Text.Json;

namespace ConnectorSdk.Analysis.Json;

/// <summary>A JSON file as the engine analyzes it.</summary>
internal sealed class JsonReadResult : IDisposable
{
    public JsonReadResult(JsonDocument? document, ReadOnlyMemory<byte> text, SourceMap sourceMap, IReadOnlyList<JsonReadProblem> problems)
    {
        Document = document;
        Text = text;
        SourceMap = sourceMap;
        Problems = problems;
    }

    /// <summary>The parsed document, or null when the file is unreadable.</summary>
    public JsonDocument? Document { get; }

    /// <summary>The UTF-8 text analyzed: BOM removed, transcoded from Windows-1252 if needed.</summary>
    public ReadOnlyMemory<byte> Text { get; }

    public SourceMap SourceMap { get; }

    public IReadOnlyList<JsonReadProblem> Problems { get; }

    /// <summary>
    /// The byte offset of the first '}' that closed the root object before members that follow it, or null. The stray
    /// '}' is at or before it; the members after it are in <see cref="Document"/> as the root's.
    /// </summary>
    public int? RootClosedEarlyAt => Problems.FirstOrDefault(problem => problem.Kind == JsonProblemKind.RootClosedEarly)?.ByteOffset;

    public void Dispose() => Document?.Dispose();
}
