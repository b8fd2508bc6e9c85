namespace ConnectorSdk.Analysis;

/// <summary>
/// A region of a text file: 1-based lines and columns, columns in UTF-16 code units, the end column
/// exclusive (the column after the last character), as MSBuild and SARIF read them.
/// </summary>
public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public override string ToString() => $"({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
