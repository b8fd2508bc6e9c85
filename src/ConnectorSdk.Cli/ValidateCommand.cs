using System.CommandLine;
using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Reporting;

namespace ConnectorSdk.Cli;

/// <summary><c>connector validate PATH...</c>: analyzes connectors in parallel and reports in discovery order.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "A connector folder, a swagger file, or a folder searched for connector folders",
        Arity = ArgumentArity.OneOrMore,
    };

#pragma warning disable CA2263 // The non-generic overload: no generic code over our enum compiled at start-up (docs/performance.md).
    private readonly Option<string?> _kind = CommandOptions.OptionalChoiceOption(
        "--kind", "What the connectors are published as [default: detected from a certified-connectors or independent-publisher-connectors folder above them, else Custom]",
        Enum.GetNames(typeof(ConnectorKind)));

    private readonly Option<string> _mode = CommandOptions.ChoiceOption(
        "--mode", "Which rules run; each mode includes the ones before it", Enum.GetNames(typeof(AnalysisMode)), nameof(AnalysisMode.Default));
#pragma warning restore CA2263

    private readonly Option<string> _format = CommandOptions.ChoiceOption(
        "--format", "The report format", ValidationReport.Formats);

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Write the report to FILE (its folder is created), whatever the outcome; the summary line still goes to the console",
        HelpName = "FILE",
    };

    private readonly Option<Uri> _helpLinkBase = CommandOptions.HelpLinkBaseOption();

    private readonly Option<string[]> _rulePacks = CommandOptions.RulePackOption();

    private readonly Option<string?> _suppressions = new("--suppressions")
    {
        Description = "Apply the suppressions of FILE to every connector, instead of each connector's own connector.suppressions.json",
        HelpName = "FILE",
    };

    private readonly Option<IReadOnlyList<SeverityOverride>> _severity = CommandOptions.SeverityOption();

    private readonly Option<bool> _warnAsError = new("--warnaserror")
    {
        Description = "Report every warning as an error (after --severity and the configuration files)",
    };

    public ValidateCommand()
        : base("validate", "Validate connectors: exit code 0 when no error is found, 1 when one is, 2 on bad usage or failure")
    {
        Arguments.Add(_paths);
        Options.Add(_kind);
        Options.Add(_mode);
        Options.Add(_format);
        Options.Add(_output);
        Options.Add(_helpLinkBase);
        Options.Add(_rulePacks);
        Options.Add(_suppressions);
        Options.Add(_severity);
        Options.Add(_warnAsError);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, cancellationToken)));
    }

    private int Run(ParseResult parseResult, CancellationToken cancellationToken)
    {
        // Loading the rules and finding the connectors are independent: both at once (a bad path is still reported first).
        var loading = Task.Run(() => CreateEngine(parseResult), cancellationToken);
        var connectors = Discover(parseResult.GetRequiredValue(_paths));
        var engine = loading.GetAwaiter().GetResult();
        var context = new ReportContext(engine.Descriptors, parseResult.GetRequiredValue(_helpLinkBase), Environment.CurrentDirectory);
#pragma warning disable CA2263 // The non-generic overload: no generic code over our enum compiled at start-up (docs/performance.md).
        var kind = parseResult.GetValue(_kind) is { } kindName ? (ConnectorKind)Enum.Parse(typeof(ConnectorKind), kindName) : (ConnectorKind?)null;
#pragma warning restore CA2263
        var results = Analyze(engine, connectors, kind, cancellationToken);
        var console = parseResult.InvocationConfiguration.Output;
        var format = parseResult.GetRequiredValue(_format);
        if (parseResult.GetValue(_output) is not { } outputPath)
        {
            return Report(results, ValidationReport.Create(format, console, context)).ExitCode;
        }

        var file = CreateOutput(outputPath);
        try
        {
            var summary = Report(results, ValidationReport.Create(format, file, context));
            file.Dispose();
            console.WriteLine(summary);
            return summary.ExitCode;
        }
        catch
        {
            // A report cut short by a failure would pass for a complete one.
            file.Dispose();
            File.Delete(outputPath);
            throw;
        }
    }

    /// <summary>The report file, its folder created; a folder given as the file is a usage error, not an access error.</summary>
    private static StreamWriter CreateOutput(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"--output '{path}' is a folder; give the path of the report file, e.g. '{Path.Combine(path, "connectors.sarif")}'.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private AnalysisEngine CreateEngine(ParseResult parseResult)
    {
        var severities = parseResult.GetRequiredValue(_severity);
        var options = new AnalysisOptions
        {
#pragma warning disable CA2263 // The non-generic overload: no generic code over our enum compiled at start-up (docs/performance.md).
            Mode = (AnalysisMode)Enum.Parse(typeof(AnalysisMode), parseResult.GetRequiredValue(_mode)),
#pragma warning restore CA2263
            SeverityOverrides = severities,
            TreatWarningsAsErrors = parseResult.GetValue(_warnAsError),
            SuppressionsFile = SuppressionsFile(parseResult.GetValue(_suppressions)),
        };
        var engine = BuiltInRules.CreateEngine(options, parseResult.GetRequiredValue(_rulePacks));
        if (severities.FirstOrDefault(o => !engine.Descriptors.Any(rule => rule.Id.Equals(o.Id, StringComparison.OrdinalIgnoreCase))) is { } unknown)
        {
            throw new UsageException($"'{unknown.Id}' given to --severity is not a rule of the loaded rule packs; `connector rules` lists them.");
        }

        return engine;
    }

    private static string? SuppressionsFile(string? path) => path switch
    {
        null => null,
        _ when File.Exists(path) => Path.GetFullPath(path),
        _ => throw new UsageException($"The suppressions file '{path}' does not exist."),
    };

    /// <summary>The connectors the paths name, each once, in the order given and, within a folder, in discovery order.</summary>
    private static List<string> Discover(IEnumerable<string> paths)
    {
        var connectors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"'{path}' does not exist.");
            }

            if (File.Exists(path) && Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"'{path}': submission packages (.zip) are not supported yet; extract it and validate the folder.");
            }

            var found = ConnectorFiles.Discover(path).ToList();
            if (found.Count == 0)
            {
                throw new UsageException($"'{path}' holds no connector: a connector folder has an apiDefinition.swagger.json or an apiProperties.json.");
            }

            connectors.AddRange(found.Where(seen.Add));
        }

        return connectors;
    }

    /// <summary>
    /// Analyzes on every core with the one shared engine; results come back in the order of
    /// <paramref name="connectors"/>. At most a few connectors per core are in flight, each handed to the
    /// thread pool on its own (so that one large connector does not idle the other cores), and each result
    /// is dropped once reported: memory stays flat however many connectors there are.
    /// </summary>
    private static IEnumerable<AnalysisResult> Analyze(AnalysisEngine engine, List<string> connectors, ConnectorKind? kind, CancellationToken cancellationToken)
    {
        var window = 4 * Environment.ProcessorCount;
        var inFlight = new Queue<Task<AnalysisResult>>(window);
        foreach (var path in connectors)
        {
            if (inFlight.Count == window)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }

            inFlight.Enqueue(Task.Run(() => AnalyzeOne(engine, path, kind, cancellationToken), cancellationToken));
        }

        while (inFlight.Count > 0)
        {
            yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
    }

    private static AnalysisResult AnalyzeOne(AnalysisEngine engine, string path, ConnectorKind? kind, CancellationToken cancellationToken)
    {
        try
        {
            return engine.Analyze(ConnectorProject.Load(path, kind), cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException($"'{path}' could not be analyzed: {exception.Message}", exception);
        }
    }

    private static ValidationSummary Report(IEnumerable<AnalysisResult> results, ValidationReport report)
    {
        var summary = new ValidationSummary();
        foreach (var result in results)
        {
            report.Write(result);
            summary.Add(result);
        }

        report.Complete(summary);
        return summary;
    }
}
