using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Testing;

/// <summary>
/// A connector made of files with span markup, the analyzers to run and the diagnostics expected.
/// Markup: <c>{|PPC1051:"x"|}</c> expects that id on the marked text, <c>[|"x"|]</c> the single id the
/// analyzers declare, and <c>{|#0:"x"|}</c> marks location 0 for <see cref="DiagnosticResult.WithLocation"/>.
/// </summary>
public sealed class ConnectorTest
{
    /// <summary>apiDefinition.swagger.json with markup; null for no such file.</summary>
    public string? Swagger { get; set; }

    /// <summary>apiProperties.json with markup; null for no such file.</summary>
    public string? ApiProperties { get; set; }

    /// <summary>Other connector files (readme, script, settings...) with markup.</summary>
    public Dictionary<ConnectorFileKind, string> AdditionalFiles { get; } = [];

    /// <summary>Files given as raw bytes, without markup (encodings, icons, sizes).</summary>
    public Dictionary<ConnectorFileKind, byte[]> RawFiles { get; } = [];

    /// <summary>What the connector is published as (default: certified).</summary>
    public ConnectorKind Kind { get; set; } = ConnectorKind.Certified;

    /// <summary>The analysis mode (default: all, so that every rule under test runs).</summary>
    public AnalysisMode Mode { get; set; } = AnalysisMode.All;

    /// <summary>The analyzers to run.</summary>
    public List<ConnectorAnalyzer> Analyzers { get; } = [];

    /// <summary>Compare the engine's own PPC0xxx diagnostics too (otherwise only the analyzers' ids, and PPC0006 and PPC0007 about the analyzers).</summary>
    public bool IncludeInfrastructure { get; set; }

    /// <summary>The diagnostics expected besides those the markup marks.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = [];

    /// <summary>Runs the analysis and throws <see cref="VerificationException"/> listing every difference.</summary>
    public Task RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            Run(cancellationToken);
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "connector-under-test");

    private void Run(CancellationToken cancellationToken)
    {
        var files = new List<(ConnectorFileKind Kind, byte[] Content)>();
        var expected = new List<DiagnosticResult>();
        var numbered = new Dictionary<int, (string FileName, SourceSpan Span)>();
        var markedFiles = new Dictionary<ConnectorFileKind, string>(AdditionalFiles);
        if (Swagger is not null)
        {
            markedFiles[ConnectorFileKind.ApiDefinition] = Swagger;
        }

        if (ApiProperties is not null)
        {
            markedFiles[ConnectorFileKind.ApiProperties] = ApiProperties;
        }

        foreach (var (kind, markup) in markedFiles)
        {
            var marked = MarkedText.Parse(markup);
            var fileName = ConnectorFile.ConventionalName(kind);
            files.Add((kind, Encoding.UTF8.GetBytes(marked.Text)));
            foreach (var span in marked.Spans)
            {
                if (span.Index is { } index)
                {
                    numbered[index] = (fileName, span.Span);
                }
                else
                {
                    expected.Add(new DiagnosticResult(span.Id ?? SingleDeclaredId()) { FileName = fileName, Span = span.Span });
                }
            }
        }

        files.AddRange(RawFiles.Select(raw => (raw.Key, raw.Value)));
        foreach (var result in ExpectedDiagnostics)
        {
            if (result.MarkupIndex is { } index)
            {
                if (!numbered.TryGetValue(index, out var location))
                {
                    throw new VerificationException($"The expected {result.Id} refers to markup location #{index}, which no file marks.");
                }

                expected.Add(result with { FileName = location.FileName, Span = location.Span });
            }
            else
            {
                expected.Add(result);
            }
        }

        var engine = new AnalysisEngine(Analyzers, new AnalysisOptions { Mode = Mode });
        var declared = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Append(InfrastructureDiagnostics.AnalyzerFailed.Id).Append(InfrastructureDiagnostics.RulePackInvalid.Id).ToHashSet();
        var actual = engine.Analyze(ConnectorProject.FromContents(Folder, Kind, files), cancellationToken: cancellationToken)
            .Diagnostics.Where(d => IncludeInfrastructure || declared.Contains(d.Id)).ToList();
        Compare(expected, actual);
    }

    private string SingleDeclaredId()
    {
        var ids = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToArray();
        return ids.Length == 1 ? ids[0] : throw new VerificationException($"[|...|] markup needs exactly one declared id, but the analyzers declare {ids.Length}; use {{|ID:...|}}.");
    }

    private static void Compare(List<DiagnosticResult> expected, List<Diagnostic> actual)
    {
        var unmatched = new List<Diagnostic>(actual);
        var missing = new List<DiagnosticResult>();
        foreach (var result in expected)
        {
            var match = unmatched.FirstOrDefault(d => Matches(result, d));
            if (match is null)
            {
                missing.Add(result);
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return;
        }

        var report = new StringBuilder("The diagnostics differ from those expected.");
        if (missing.Count > 0)
        {
            report.AppendLine().AppendLine("Expected but not reported:");
            foreach (var result in missing)
            {
                var arguments = result.Arguments is null ? "" : $" with arguments ({string.Join(", ", result.Arguments.Select(Format))})";
                var message = result.MessageFormat is null ? "" : $" \"{result.MessageFormat}\"";
                report.AppendLine($"  {result.FileName}{result.Span}: {result.Severity?.ToString() ?? "any severity"} {result.Id}{message}{arguments}");
            }
        }

        if (unmatched.Count > 0)
        {
            report.AppendLine().AppendLine("Reported but not expected:");
            foreach (var diagnostic in unmatched)
            {
                report.AppendLine($"  {Path.GetFileName(diagnostic.Location.FilePath)}{diagnostic.Location.Span}: {diagnostic.Severity} {diagnostic.Id}: {diagnostic.GetMessage()} (arguments: {string.Join(", ", diagnostic.Arguments.Select(Format))}; pointer: {diagnostic.Location.JsonPointer ?? "none"})");
            }
        }

        throw new VerificationException(report.ToString());
    }

    private static bool Matches(DiagnosticResult expected, Diagnostic actual)
        => expected.Id == actual.Id
            && (expected.FileName is null || string.Equals(expected.FileName, Path.GetFileName(actual.Location.FilePath), StringComparison.OrdinalIgnoreCase))
            && (expected.FileName is null || expected.Span == actual.Location.Span)
            && (expected.Severity is null || expected.Severity == actual.Severity)
            && (expected.MessageFormat is null || expected.MessageFormat == actual.Descriptor.MessageFormat)
            && (expected.Arguments is null || expected.Arguments.Select(Format).SequenceEqual(actual.Arguments.Select(Format)));

    private static string Format(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
