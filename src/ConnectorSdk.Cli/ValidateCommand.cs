using System.CommandLine;
using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Reporting;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.Cli;

/// <summary><c>connector validate PATH...</c>: analyzes connectors in parallel and reports in discovery order.</summary>
internal sealed class ValidateCommand : Command
{
    private readonly Argument<string[]> _paths = new("PATH")
    {
        Description = "A connector folder, a swagger file, or a folder searched for connector folders",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _kind = CommandOptions.OptionalChoiceOption(
        "--kind", "What the connectors are published as [default: detected from a certified-connectors or independent-publisher-connectors folder above them, else Custom]",
        HostValues.KindNames);

    private readonly Option<IReadOnlyList<ConnectorFile>> _files = CommandOptions.ConnectorFileOption();

    private readonly Option<string> _mode = CommandOptions.ChoiceOption(
        "--mode", "Which rules run; each mode includes the ones before it", HostValues.ModeNames, nameof(AnalysisMode.Default));

    private readonly Option<string?> _baseline = new("--baseline")
    {
        Description = "Compare with the previous version of the connector: its swagger file (the swagger only) or its folder (one connector only), or git:REV (each connector at that revision of its git repository)",
        HelpName = "PATH|git:REV",
    };

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

    private readonly Option<string[]> _noWarn = CommandOptions.WarningIdsOption(
        "--nowarn", "Never report these rules (NoWarn); repeatable");

    private readonly Option<string[]> _warnAsError = CommandOptions.WarnAsErrorOption();

    private readonly Option<string[]> _warnNotAsError = CommandOptions.WarningIdsOption(
        "--warnnotaserror", "Keep these rules' warnings warnings under a bare --warnaserror (WarningsNotAsErrors); repeatable");

    public ValidateCommand()
        : base("validate", "Validate connectors: exit code 0 when no error is found, 1 when one is, 2 on bad usage or failure")
    {
        Arguments.Add(_paths);
        Options.Add(_kind);
        Options.Add(_files);
        Options.Add(_mode);
        Options.Add(_baseline);
        Options.Add(_format);
        Options.Add(_output);
        Options.Add(_helpLinkBase);
        Options.Add(_rulePacks);
        Options.Add(_suppressions);
        Options.Add(_noWarn);
        Options.Add(_warnAsError);
        Options.Add(_warnNotAsError);
        Options.Add(_severity);
        SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, cancellationToken)));
    }

    private int Run(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var host = HostOptionsOf(parseResult);
        // Loading the rules and finding the connectors are independent: both at once (a bad path is still reported first).
        var loading = Task.Run(() => CreateEngine(host, parseResult), cancellationToken);
        var files = parseResult.GetRequiredValue(_files);
        var paths = parseResult.GetRequiredValue(_paths);
        var connectors = files.Count == 0 ? Discover(paths) : [FolderOfFiles(paths)];
        var format = parseResult.GetRequiredValue(_format);
        // The SDK's records report as its build does: a baseline that cannot be had is PPC0010 there, not bad usage.
        var asBuild = format == ValidationReport.MsBuild;
        var baselines = Baselines(host.Baseline, connectors, asBuild);
        var engine = loading.GetAwaiter().GetResult();
        var context = new ReportContext(engine.Descriptors, host.HelpLinkBase, Environment.CurrentDirectory, host.Mode);
        var results = Analyze(engine, connectors, files, host.Kind, baselines, cancellationToken);
        var console = parseResult.InvocationConfiguration.Output;
        if (parseResult.GetValue(_output) is not { } outputPath)
        {
            return Report(results, ValidationReport.Create(format, console, context), asBuild).ExitCode;
        }

        var file = CreateOutput(outputPath);
        try
        {
            var summary = Report(results, ValidationReport.Create(format, file, context), asBuild);
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

    /// <summary>The command line mapped onto the hosting layer's options, as the MSBuild task maps its properties.</summary>
    private HostOptions HostOptionsOf(ParseResult parseResult)
    {
        // The choice options let through only the names these parse.
        _ = HostValues.TryParseKind(parseResult.GetValue(_kind), out var kind);
        _ = HostValues.TryParseMode(parseResult.GetRequiredValue(_mode), out var mode);
        var warnAsError = parseResult.GetRequiredValue(_warnAsError);
        return new HostOptions
        {
            Kind = kind,
            Mode = mode,
            HelpLinkBase = parseResult.GetRequiredValue(_helpLinkBase),
            Warnings = new WarningFlags
            {
                NoWarn = WarningFlags.Ids(parseResult.GetRequiredValue(_noWarn)),
                WarningsAsErrors = WarningFlags.Ids(warnAsError.Where(id => id != CommandOptions.EveryWarning)),
                TreatWarningsAsErrors = warnAsError.Contains(CommandOptions.EveryWarning),
                WarningsNotAsErrors = WarningFlags.Ids(parseResult.GetRequiredValue(_warnNotAsError)),
            },
            Severities = parseResult.GetRequiredValue(_severity),
            SuppressionsFile = SuppressionsFile(parseResult.GetValue(_suppressions)),
            RulePacks = parseResult.GetRequiredValue(_rulePacks),
            Baseline = ResolvedBaseline.Resolve(parseResult.GetValue(_baseline)),
        };
    }

    /// <summary>
    /// The engine of the options. An id given to --severity that no loaded rule has is bad usage; one given to
    /// a warning flag is ignored, as MSBuild ignores it, and named on stderr.
    /// </summary>
    private AnalysisEngine CreateEngine(HostOptions host, ParseResult parseResult)
    {
        var engine = host.CreateEngine();
        if (WarningFlags.Undeclared(host.Severities.Select(o => o.Id), engine.Descriptors).FirstOrDefault() is { } unknown)
        {
            throw new UsageException($"'{unknown}' given to --severity is not a rule of the loaded rule packs; `connector rules` lists them.");
        }

        var stderr = parseResult.InvocationConfiguration.Error;
        foreach (var option in new[] { _noWarn, _warnAsError, _warnNotAsError })
        {
            foreach (var id in WarningFlags.Undeclared(parseResult.GetRequiredValue(option).Where(id => id != CommandOptions.EveryWarning), engine.Descriptors).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"connector: warning: '{id}' given to {option.Name} is not a rule of the loaded rule packs; ignored.");
            }
        }

        return engine;
    }

    /// <summary>
    /// The previous version of each connector. A file or folder baseline must be readable and compares one connector;
    /// <c>git:REV</c> reads each connector at the revision. One that cannot be had (no such path, no git, repository or
    /// revision) is bad usage, or, <paramref name="asBuild"/>, the connector's PPC0010.
    /// </summary>
    private static Dictionary<string, Previous> Baselines(ResolvedBaseline baseline, List<string> connectors, bool asBuild)
    {
        if (baseline.IsPath && connectors.Count > 1)
        {
            throw new UsageException($"--baseline compares one connector, but the paths name {connectors.Count}; validate the connector on its own.");
        }

        var baselines = new Dictionary<string, Previous>(StringComparer.Ordinal);
        foreach (var connector in connectors)
        {
            var folder = Directory.Exists(connector) ? connector : Path.GetDirectoryName(Path.GetFullPath(connector))!;
            var previous = baseline.For(folder, out var problem);
            if (problem is not null && !asBuild)
            {
                throw new UsageException($"--baseline '{baseline.Setting}' cannot be read: {problem}.");
            }

            baselines[connector] = new(previous, problem is null ? [] : [baseline.Problem(folder, problem)]);
        }

        return baselines;
    }

    /// <summary>A connector's previous version, or why there is none to compare with.</summary>
    private sealed record Previous(ConnectorProject? Project, IReadOnlyList<Diagnostic> Problems);

    /// <summary>The connector folder that <c>--file</c>'s files belong to: the only PATH, a folder.</summary>
    private static string FolderOfFiles(string[] paths) => paths switch
    {
        [var folder] when Directory.Exists(folder) => folder,
        _ => throw new UsageException($"--file names the files of one connector: give its folder as the only PATH, not '{string.Join(" ", paths)}'."),
    };

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
    private static IEnumerable<AnalysisResult> Analyze(AnalysisEngine engine, List<string> connectors, IReadOnlyList<ConnectorFile> files, ConnectorKind? kind, Dictionary<string, Previous> baselines, CancellationToken cancellationToken)
    {
        var window = 4 * Environment.ProcessorCount;
        var inFlight = new Queue<Task<AnalysisResult>>(window);
        foreach (var path in connectors)
        {
            if (inFlight.Count == window)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }

            inFlight.Enqueue(Task.Run(() => AnalyzeOne(engine, path, files, kind, baselines[path], cancellationToken), cancellationToken));
        }

        while (inFlight.Count > 0)
        {
            yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>One connector: the files found in its folder by their names, or <c>--file</c>'s.</summary>
    private static AnalysisResult AnalyzeOne(AnalysisEngine engine, string path, IReadOnlyList<ConnectorFile> files, ConnectorKind? kind, Previous baseline, CancellationToken cancellationToken)
    {
        try
        {
            var project = files.Count == 0 ? ConnectorProject.Load(path, kind) : ConnectorProject.FromFiles(path, kind, files);
            return engine.Analyze(project, baseline.Project, baseline.Problems, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException($"'{path}' could not be analyzed: {exception.Message}", exception);
        }
    }

    private static ValidationSummary Report(IEnumerable<AnalysisResult> results, ValidationReport report, bool asBuild)
    {
        var summary = new ValidationSummary();
        foreach (var result in results)
        {
            // A baseline the engine cannot read (not JSON, not OpenAPI 2.0) is bad usage here, PPC0010 in a build.
            if (!asBuild && result.Diagnostics.FirstOrDefault(d => d.Id == InfrastructureDiagnostics.BaselineUnreadable.Id) is { } unreadable)
            {
                throw new UsageException($"--baseline: {unreadable.GetMessage()}.");
            }

            report.Write(result);
            summary.Add(result);
        }

        report.Complete(summary);
        return summary;
    }
}
