using System.CommandLine;
using System.CommandLine.Parsing;
using ConnectorSdk.Analysis.Configuration;
using ConnectorSdk.Analysis.Reporting;

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
    public static Option<IReadOnlyList<SeverityOverride>> SeverityOption() => new("--severity")
    {
        Description = $"Set a rule's severity above every configuration file; LEVEL is {string.Join(", ", ConfiguredSeverities.Names)}; repeatable",
        HelpName = "ID=LEVEL",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
        CustomParser = result =>
        {
            var severities = new List<SeverityOverride>();
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                var separator = token.IndexOf('=');
                if (separator <= 0 || !ConfiguredSeverities.TryParse(token[(separator + 1)..], out var severity))
                {
                    result.AddError($"'{token}' is not a valid value for --severity: expected ID=LEVEL with LEVEL one of {string.Join(", ", ConfiguredSeverities.Names)}.");
                    continue;
                }

                severities.Add(new SeverityOverride(token[..separator].Trim(), severity));
            }

            return severities;
        },
    };

    /// <summary>--rule-pack DLL, repeatable: third-party packs loaded after the built-in ones.</summary>
    public static Option<string[]> RulePackOption() => new("--rule-pack")
    {
        Description = "Load the rule pack in assembly DLL too (repeatable); a pack that cannot be loaded is PPC0007",
        HelpName = "DLL",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
    };

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
