using ConnectorSdk.Analysis;

namespace ConnectorSdk.Testing;

/// <summary>An expected diagnostic: an id, where it is and, optionally, its message arguments and severity.</summary>
public readonly record struct DiagnosticResult
{
    public DiagnosticResult(string id) => Id = id;

    /// <summary>A result that also expects the descriptor's message format (Roslyn's, when one id has several message shapes).</summary>
    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id) => MessageFormat = descriptor.MessageFormat;

    public string Id { get; }

    /// <summary>The message format of the descriptor expected, if given.</summary>
    public string? MessageFormat { get; }

    /// <summary>The index of a numbered markup location (<c>{|#0:...|}</c>), if given.</summary>
    public int? MarkupIndex { get; init; }

    /// <summary>The file name (e.g. apiProperties.json) for a diagnostic without a span, if given.</summary>
    public string? FileName { get; init; }

    public SourceSpan? Span { get; init; }

    public IReadOnlyList<object?>? Arguments { get; init; }

    public DiagnosticSeverity? Severity { get; init; }

    public DiagnosticResult WithLocation(int markupIndex) => this with { MarkupIndex = markupIndex };

    public DiagnosticResult WithSpan(string fileName, int startLine, int startColumn, int endLine, int endColumn)
        => this with { FileName = fileName, Span = new SourceSpan(startLine, startColumn, endLine, endColumn) };

    /// <summary>A diagnostic on a whole file, with no span (for example a missing file).</summary>
    public DiagnosticResult WithFile(string fileName) => this with { FileName = fileName };

    public DiagnosticResult WithArguments(params object?[] arguments) => this with { Arguments = arguments };

    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };
}
