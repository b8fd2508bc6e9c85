using System.CommandLine;
using System.CommandLine.Parsing;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.Cli;

/// <summary>Options shared by several commands, and option kinds that System.CommandLine parses too loosely.</summary>
internal static class CommandOptions
{
    /// <summary>
    /// An option taking one of a few words, matched in any letter case and given back as listed; by default the
    /// first. Enum options are such string options too, over the member names (numbers, which Enum.Parse would
    /// accept, are refused): an option over a value type is compiled at every start-up, as ReadyToRun cannot
    /// precompile it.
    /// </summary>
    public static Option<string> ChoiceOption(string name, string description, IReadOnlyList<string> choices, string? defaultChoice = null)
        => new(name)
        {
            Description = description,
            HelpName = string.Join('|', choices),
            DefaultValueFactory = _ => defaultChoice ?? choices[0],
            CustomParser = result => ParseChoice(result, name, choices) ?? defaultChoice ?? choices[0],
        };

    /// <summary>A <see cref="ChoiceOption"/> with no default: null when not given.</summary>
    public static Option<string?> OptionalChoiceOption(string name, string description, IReadOnlyList<string> choices)
        => new(name)
        {
            Description = description,
            HelpName = string.Join('|', choices),
            CustomParser = result => ParseChoice(result, name, choices),
        };

    public static Option<Uri> HelpLinkBaseOption() => new("--help-link-base")
    {
        Description = "The address that relative rule help links (docs/rules/PPCnnnn.md) are resolved against",
        HelpName = "URL",
        DefaultValueFactory = _ => HelpLinks.DefaultBase,
        CustomParser = result =>
        {
            var token = result.Tokens[^1].Value;
            if (HelpLinks.TryParseBase(token, out var baseUri))
            {
                return baseUri;
            }

            result.AddError($"'{token}' is not an absolute URL for --help-link-base.");
            return HelpLinks.DefaultBase;
        },
    };

    /// <summary>
    /// <c>--severity ID=LEVEL</c>, repeatable: the last one given for an id wins. The level is checked here;
    /// the id against the loaded rules by the command, which knows them.
    /// </summary>
    public static Option<IReadOnlyList<SeverityOverride>> SeverityOption() => PairsOption(
        "--severity",
        $"Set a rule's severity above the configuration files, below the warning flags; LEVEL is {string.Join(", ", ConfiguredSeverities.Names)}; repeatable",
        "ID=LEVEL",
        $"LEVEL one of {string.Join(", ", ConfiguredSeverities.Names)}",
        (id, level) => ConfiguredSeverities.TryParse(level, out var severity) ? new SeverityOverride(id.Trim(), severity) : null);

    /// <summary>
    /// A warning flag with MSBuild's meaning (<c>--nowarn IDS</c>, <c>--warnnotaserror IDS</c>), repeatable:
    /// ids separated by commas or semicolons. A token that is not a list of ids is an error; whether the
    /// loaded rules have the ids, the command checks.
    /// </summary>
    public static Option<string[]> WarningIdsOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "IDS",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
        CustomParser = result => ParseIds(result, name),
    };

    /// <summary>
    /// <c>--warnaserror[:IDS]</c>: alone, every warning is an error (TreatWarningsAsErrors); with ids, those
    /// (WarningsAsErrors). Alone it is given the argument <see cref="EveryWarning"/> before parsing, as it would
    /// otherwise take the next PATH for its ids.
    /// </summary>
    public static Option<string[]> WarnAsErrorOption() => new(WarnAsErrorName)
    {
        Description = "Alone: report every warning as an error, except --warnnotaserror's (TreatWarningsAsErrors). With :IDS, those rules' warnings (WarningsAsErrors); repeatable",
        HelpName = "IDS",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
        CustomParser = result => ParseIds(result, WarnAsErrorName),
    };

    /// <summary>The argument a bare <c>--warnaserror</c> is given: no ids, every warning.</summary>
    public const string EveryWarning = "";

    private const string WarnAsErrorName = "--warnaserror";

    /// <summary>
    /// The command line with every bare <c>--warnaserror</c> given <see cref="EveryWarning"/>, so that
    /// <c>--warnaserror PATH</c> keeps PATH as a path; <c>--warnaserror:IDS</c> is left to the parser.
    /// </summary>
    public static string[] WithBareWarnAsError(string[] args)
    {
        var expanded = new List<string>(args.Length + 1);
        var inOptions = true;
        foreach (var arg in args)
        {
            expanded.Add(arg);
            inOptions &= arg != "--";
            if (inOptions && arg == WarnAsErrorName)
            {
                expanded.Add(EveryWarning);
            }
        }

        return [.. expanded];
    }

    /// <summary>--rule-pack DLL, repeatable: third-party packs loaded after the built-in ones.</summary>
    public static Option<string[]> RulePackOption() => new("--rule-pack")
    {
        Description = "Load the rule pack in assembly DLL too (repeatable); a pack that cannot be loaded is PPC0007",
        HelpName = "DLL",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
    };

    /// <summary>
    /// <c>--file KIND=FILE</c>, repeatable: the connector's files named one by one with their kinds, as a connector
    /// project's ConnectorFile items name them (the SDK's .NET Framework task passes its items so).
    /// </summary>
    public static Option<IReadOnlyList<ConnectorFile>> ConnectorFileOption() => PairsOption(
        "--file",
        $"Analyze exactly these files as the connector's, as a project's ConnectorFile items: KIND is one of {string.Join(", ", HostValues.FileKindNames)}, and PATH is then the connector's folder alone; repeatable",
        "KIND=FILE",
        $"KIND one of {string.Join(", ", HostValues.FileKindNames)}",
        (kind, file) => file.Length > 0 && HostValues.TryParseFileKind(kind, out var fileKind) && fileKind is not null ? new ConnectorFile(fileKind.Value, file) : null);

    /// <summary>
    /// A repeatable option of <c>KEY=VALUE</c> tokens (the key not empty), each read by <paramref name="read"/>; a token
    /// that is not one, or that it refuses (null), is an error naming what <paramref name="expected"/> says.
    /// </summary>
    private static Option<IReadOnlyList<T>> PairsOption<T>(string name, string description, string helpName, string expected, Func<string, string, T?> read)
        where T : class
        => new(name)
        {
            Description = description,
            HelpName = helpName,
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
            CustomParser = result =>
            {
                var values = new List<T>();
                foreach (var token in result.Tokens.Select(t => t.Value))
                {
                    var separator = token.IndexOf('=');
                    if ((separator > 0 ? read(token[..separator], token[(separator + 1)..]) : null) is not { } value)
                    {
                        result.AddError($"'{token}' is not a valid value for {name}: expected {helpName} with {expected}.");
                        continue;
                    }

                    values.Add(value);
                }

                return values;
            },
        };

    /// <summary>The ids of every token, each token a list separated by commas or semicolons; <see cref="EveryWarning"/> is kept as it is.</summary>
    private static string[] ParseIds(ArgumentResult result, string optionName)
    {
        var ids = new List<string>();
        foreach (var token in result.Tokens.Select(t => t.Value))
        {
            if (token == EveryWarning)
            {
                ids.Add(token);
                continue;
            }

            var entries = WarningFlags.Split(token);
            if (entries.FirstOrDefault(entry => !WarningFlags.IsId(entry)) is { } invalid)
            {
                result.AddError($"'{invalid}' given to {optionName} is not a rule id: expected ids such as PPC1051, separated by commas or semicolons.");
            }

            ids.AddRange(entries);
        }

        return [.. ids];
    }

    /// <summary>The choice the token names, or null with an error on the result.</summary>
    private static string? ParseChoice(ArgumentResult result, string optionName, IReadOnlyList<string> choices)
    {
        var token = result.Tokens[^1].Value;
        var choice = choices.FirstOrDefault(choice => choice.Equals(token, StringComparison.OrdinalIgnoreCase));
        if (choice is null)
        {
            result.AddError($"'{token}' is not a valid value for {optionName}: expected {string.Join(", ", choices)}.");
        }

        return choice;
    }
}
