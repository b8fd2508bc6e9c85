namespace ConnectorSdk.Analysis;

/// <summary>Which part of a JSON member a location designates.</summary>
public enum LocationTarget
{
    /// <summary>The value (for an object or array, the whole container).</summary>
    Value,

    /// <summary>The property name, quotes included; for array items and the root, the value.</summary>
    Name,
}

/// <summary>
/// Where a diagnostic is. Inside a JSON file it is a JSON pointer that the engine turns into a span;
/// in a text file a span; for a file that is missing, the path where it was expected and no span.
/// </summary>
/// <param name="FilePath">The file's full path.</param>
/// <param name="JsonPointer">The pointer of the value inside a JSON file; null elsewhere.</param>
/// <param name="Target">Whether the value or its property name is meant.</param>
/// <param name="Span">The region in the file (the engine adds it for a pointer).</param>
public sealed record Location(string FilePath, string? JsonPointer = null, LocationTarget Target = LocationTarget.Value, SourceSpan? Span = null)
{
    /// <summary>A whole file (a missing file, a file too large to read).</summary>
    public static Location InFile(string filePath) => new(filePath);

    /// <summary>A value, or its property name, in a JSON file.</summary>
    public static Location InJson(string filePath, string jsonPointer, LocationTarget target = LocationTarget.Value) => new(filePath, jsonPointer, target);

    /// <summary>A region of a text file.</summary>
    public static Location InText(string filePath, SourceSpan span) => new(filePath, Span: span);

    /// <inheritdoc/>
    public override string ToString() => $"{FilePath}{Span}{(JsonPointer is null ? "" : "#" + JsonPointer)}";
}
