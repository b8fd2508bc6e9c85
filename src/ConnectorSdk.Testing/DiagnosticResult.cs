using ConnectorSdk.Analysis;

namespace ConnectorSdk.Testing;

/// <summary>
/// An expected diagnostic: an id, where it is (markup, <see cref="WithLocation"/>, <see cref="WithSpan"/>,
/// <see cref="WithFile"/>, or explicitly <see cref="WithNoLocation"/>) and, optionally, its message, arguments and severity.
/// </summary>
public readonly record struct DiagnosticResult
{
    /// <summary>A result expecting <paramref name="id"/>.</summary>
    public DiagnosticResult(string id) => Id = id;

    /// <summary>A result that also expects the descriptor's message format (Roslyn's, when one id has several message shapes).</summary>
    public DiagnosticResult(DiagnosticDescriptor descriptor)
        : this(descriptor.Id) => MessageFormat = descriptor.MessageFormat;

    /// <summary>The rule's id.</summary>
    public string Id { get; }

    /// <summary>The message format of the descriptor expected, if given.</summary>
    public string? MessageFormat { get; }

    /// <summary>The index of a numbered markup location (<c>{|#0:...|}</c>), if given.</summary>
    public int? MarkupIndex { get; init; }

    /// <summary>The file name (e.g. apiProperties.json) for a diagnostic without a span, if given.</summary>
    public string? FileName { get; init; }

    /// <summary>The span expected, if given.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>Whether the diagnostic is expected at no connector file (about the connector as a whole: its folder).</summary>
    public bool HasNoLocation { get; init; }

    /// <summary>The whole message expected, if given.</summary>
    public string? Message { get; init; }

    /// <summary>Whether the result says where the diagnostic is: a markup location, a file (with or without a span), or none explicitly.</summary>
    public bool HasLocation => MarkupIndex is not null || FileName is not null || HasNoLocation;

    /// <summary>The message arguments expected, if given.</summary>
    public IReadOnlyList<object?>? Arguments { get; init; }

    /// <summary>The effective severity expected, if given.</summary>
    public DiagnosticSeverity? Severity { get; init; }

    /// <summary>Expects the diagnostic at a numbered markup location (<c>{|#0:...|}</c>).</summary>
    public DiagnosticResult WithLocation(int markupIndex) => this with { MarkupIndex = markupIndex };

    /// <summary>Expects the diagnostic at a span of a file (lines and columns from 1, the end column exclusive).</summary>
    public DiagnosticResult WithSpan(string fileName, int startLine, int startColumn, int endLine, int endColumn)
        => this with { FileName = fileName, Span = new SourceSpan(startLine, startColumn, endLine, endColumn) };

    /// <summary>A diagnostic on a whole file, with no span (for example a missing file).</summary>
    public DiagnosticResult WithFile(string fileName) => this with { FileName = fileName };

    /// <summary>Expects the diagnostic at no connector file: a finding about the connector as a whole (its folder), without a span.</summary>
    public DiagnosticResult WithNoLocation() => this with { HasNoLocation = true };

    /// <summary>Expects this whole message (the format filled with the arguments).</summary>
    public DiagnosticResult WithMessage(string message) => this with { Message = message };

    /// <summary>Expects these message arguments (compared as invariant text).</summary>
    public DiagnosticResult WithArguments(params object?[] arguments) => this with { Arguments = arguments };

    /// <summary>Expects this effective severity.</summary>
    public DiagnosticResult WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };
}
