namespace ConnectorSdk.Analysis;

/// <summary>
/// A region of a text file: 1-based lines and columns, columns in UTF-16 code units, the end column
/// exclusive (the column after the last character), as MSBuild and SARIF read them.
/// </summary>
/// <param name="StartLine">The first line, from 1.</param>
/// <param name="StartColumn">The first column, from 1.</param>
/// <param name="EndLine">The last line.</param>
/// <param name="EndColumn">The column after the last character.</param>
public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <inheritdoc/>
    public override string ToString() => $"({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
