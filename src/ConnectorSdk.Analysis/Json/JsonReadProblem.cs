namespace ConnectorSdk.Analysis.Json;

/// <summary>What the lenient reader found wrong with a JSON file.</summary>
internal enum JsonProblemKind
{
    /// <summary>No lenient reading recovers the file (PPC0002).</summary>
    Unreadable,

    /// <summary>
    /// The root object closes before members that follow it, so a '}' is extra; they were read as the root's members
    /// (PPC0002, but the file is analyzed).
    /// </summary>
    RootClosedEarly,

    /// <summary>
    /// Accepted only by a lenient reader: trailing comma, comment, missing comma, raw control character, Unicode
    /// whitespace between tokens (PPC0003).
    /// </summary>
    LenientSyntax,

    /// <summary>The file is not UTF-8 and was decoded as Windows-1252 (PPC0004).</summary>
    NotUtf8,

    /// <summary>A property name repeated in one object; the last one wins (PPC0005).</summary>
    DuplicateKey,
}

/// <summary>
/// One problem, positioned by a byte range of <see cref="JsonReadResult.Text"/> (the text as analyzed).
/// <see cref="Detail"/> completes the message: what was expected, which key was repeated.
/// </summary>
internal sealed record JsonReadProblem(JsonProblemKind Kind, string Detail, int ByteOffset, int ByteLength);
