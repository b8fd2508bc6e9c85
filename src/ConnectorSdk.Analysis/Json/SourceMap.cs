namespace ConnectorSdk.Analysis.Json;

/// <summary>Turns byte offsets and JSON pointers of a UTF-8 text into line/column spans.</summary>
public sealed class SourceMap
{
    public SourceMap(ReadOnlyMemory<byte> text) => throw new NotImplementedException();

    public SourceSpan GetSpan(int byteOffset, int byteLength) => throw new NotImplementedException();

    public bool TryGetSpan(string jsonPointer, LocationTarget target, out SourceSpan span) => throw new NotImplementedException();
}
