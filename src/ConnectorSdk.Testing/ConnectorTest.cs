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
/// <remarks>
/// The connector is held in memory and nothing on the machine is read for it: its configuration is exactly
/// <see cref="EditorConfig"/> and <see cref="GlobalConfig"/> (Roslyn's EditorConfigFile and GlobalConfigFile), so a
/// <c>.globalconfig</c> above the temporary folder changes nothing.
/// </remarks>
public sealed class ConnectorTest
{
    /// <summary>apiDefinition.swagger.json with markup; null for no such file.</summary>
    public string? Swagger { get; set; }

    /// <summary>apiProperties.json with markup; null for no such file.</summary>
    public string? ApiProperties { get; set; }

    /// <summary>
    /// The previous version's apiDefinition.swagger.json (no markup): with it the analysis compares the connector with its
    /// baseline, as <c>--baseline</c> does; null for no baseline.
    /// </summary>
    public string? BaselineSwagger { get; set; }

    /// <summary>The previous version's apiProperties.json (no markup), making the baseline a connector folder; null for a swagger-file baseline.</summary>
    public string? BaselineApiProperties { get; set; }

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

    /// <summary>
    /// The <c>.editorconfig</c> of the connector's folder, e.g. <c>"[*.json]\nconnectorsdk.restricted_words = foo"</c>
    /// (a rule's options, severities); null for none.
    /// </summary>
    public string? EditorConfig { get; set; }

    /// <summary>The <c>.globalconfig</c> of the connector's folder, e.g. <c>"dotnet_diagnostic.PPC1051.severity = none"</c>; null for none.</summary>
    public string? GlobalConfig { get; set; }

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

    // Where the connector would be, for the paths diagnostics name: nothing is read there (nor above it).
    private static string Folder => Path.Combine(Path.GetTempPath(), "connector-under-test");

    // Where its baseline would be: a folder beside it, or the swagger file alone.
    private static string BaselineFolder => Path.Combine(Path.GetTempPath(), "connector-baseline");

    private void Run(CancellationToken cancellationToken)
    {
        // Everything the engine reads is here, and nothing is below it: not the disk.
        var folder = Folder;
        var files = new InMemoryFileSystem();
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
            files.SetFile(Path.Combine(folder, fileName), marked.Text);
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

        foreach (var (kind, content) in RawFiles)
        {
            files.SetFile(Path.Combine(folder, ConnectorFile.ConventionalName(kind)), content);
        }

        if (EditorConfig is not null)
        {
            files.SetFile(Path.Combine(folder, ".editorconfig"), EditorConfig);
        }

        if (GlobalConfig is not null)
        {
            files.SetFile(Path.Combine(folder, ".globalconfig"), GlobalConfig);
        }

        foreach (var result in ExpectedDiagnostics)
        {
            if (!result.HasLocation)
            {
                throw new VerificationException($"The expected {result.Id} says nowhere where it is: give it a markup location, WithLocation, WithSpan or WithFile, or say WithNoLocation().");
            }

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

        ConnectorProject? baseline = null;
        if (BaselineSwagger is not null)
        {
            var baselineSwagger = Path.Combine(BaselineFolder, ConnectorFile.ConventionalName(ConnectorFileKind.ApiDefinition));
            files.SetFile(baselineSwagger, BaselineSwagger);
            if (BaselineApiProperties is not null)
            {
                files.SetFile(Path.Combine(BaselineFolder, ConnectorFile.ConventionalName(ConnectorFileKind.ApiProperties)), BaselineApiProperties);
            }

            baseline = ConnectorProject.Load(BaselineApiProperties is null ? baselineSwagger : BaselineFolder, fileSystem: files);
        }

        var engine = new AnalysisEngine(Analyzers, new AnalysisOptions { Mode = Mode, FileSystem = files });
        var declared = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Append(InfrastructureDiagnostics.AnalyzerFailed.Id).Append(InfrastructureDiagnostics.RulePackInvalid.Id).ToHashSet();
        var actual = engine.Analyze(ConnectorProject.Load(folder, Kind, files), baseline, cancellationToken: cancellationToken)
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
                var message = result.Message ?? result.MessageFormat;
                var where = result.HasNoLocation ? "(no location)" : $"{result.FileName}{result.Span}";
                report.AppendLine($"  {where}: {result.Severity?.ToString() ?? "any severity"} {result.Id}{(message is null ? "" : $" \"{message}\"")}{arguments}");
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
            && (expected.HasNoLocation
                ? actual.Location is { Span: null, JsonPointer: null } && !IsInConnectorFile(actual.Location.FilePath)
                : string.Equals(expected.FileName, Path.GetFileName(actual.Location.FilePath), StringComparison.OrdinalIgnoreCase) && expected.Span == actual.Location.Span)
            && (expected.Severity is null || expected.Severity == actual.Severity)
            && (expected.MessageFormat is null || expected.MessageFormat == actual.Descriptor.MessageFormat)
            && (expected.Message is null || expected.Message == actual.GetMessage())
            && (expected.Arguments is null || expected.Arguments.Select(Format).SequenceEqual(actual.Arguments.Select(Format)));

    /// <summary>Whether a path is a connector file's, or where one is expected (not the folder, not a rule pack).</summary>
    private static bool IsInConnectorFile(string path)
        => string.Equals(Path.GetDirectoryName(path), Path.TrimEndingDirectorySeparator(Path.GetFullPath(Folder)), StringComparison.Ordinal);

    private static string Format(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
