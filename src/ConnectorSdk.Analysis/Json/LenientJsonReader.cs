namespace ConnectorSdk.Analysis.Json;

/// <summary>Reads JSON the way the platform tolerates it, reporting every leniency it needed.</summary>
public static class LenientJsonReader
{
    public static JsonReadResult Read(ReadOnlyMemory<byte> content) => throw new NotImplementedException();
}
