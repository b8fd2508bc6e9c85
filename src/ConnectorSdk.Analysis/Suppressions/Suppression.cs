namespace ConnectorSdk.Analysis.Suppressions;

/// <summary>One entry of a suppressions file: the finding it silences, why, and where the entry is written.</summary>
/// <param name="FilePath">The full path of the file the finding is in.</param>
/// <param name="Pointer">The finding's JSON pointer; null matches every finding of <paramref name="Id"/> in the file.</param>
/// <param name="Entry">The entry itself in the suppressions file, where a stale entry is reported.</param>
internal sealed record Suppression(string Id, string FilePath, string? Pointer, string? Justification, Location Entry)
{
    public bool Matches(Diagnostic diagnostic)
        => diagnostic.Id.Equals(Id, StringComparison.OrdinalIgnoreCase)
            && Path.GetFullPath(diagnostic.Location.FilePath).Equals(FilePath, StringComparison.OrdinalIgnoreCase)
            && (Pointer is null || Pointer.Equals(diagnostic.Location.JsonPointer, StringComparison.Ordinal));

    /// <summary>What the entry designates, for the message saying it matched nothing.</summary>
    public string Describe(string connectorFolder)
        => $"no {Id} finding in {Path.GetRelativePath(connectorFolder, FilePath)}{(Pointer is null ? "" : " at " + (Pointer.Length == 0 ? "the root" : Pointer))}; remove the entry";
}
