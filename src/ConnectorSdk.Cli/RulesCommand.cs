using System.CommandLine;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Reporting;
using ConnectorSdk.Hosting;

namespace ConnectorSdk.Cli;

/// <summary><c>connector rules [ID]</c>: the catalog of every rule the loaded packs know, or one rule in full.</summary>
internal sealed class RulesCommand : Command
{
    private const string Text = "text";
    private const string Json = "json";
    private const string Markdown = "markdown";

    /// <summary>The text table's width: a title wraps in its column rather than widening the line.</summary>
    private const int TextWidth = 120;

    private readonly Argument<string?> _id = new("ID")
    {
        Description = "Show this rule in full: every field of its descriptor and its help link",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string> _format = CommandOptions.ChoiceOption("--format", "The catalog format", [Text, Json, Markdown]);
    private readonly Option<Uri> _helpLinkBase = CommandOptions.HelpLinkBaseOption();
    private readonly Option<string[]> _rulePacks = CommandOptions.RulePackOption();

    public RulesCommand()
        : base("rules", "List every rule: id, severity, category, the kinds it applies to, the mode that enables it, title; with an ID, that rule in full")
    {
        Arguments.Add(_id);
        Options.Add(_format);
        Options.Add(_helpLinkBase);
        Options.Add(_rulePacks);
        SetAction(parseResult =>
        {
            var engine = BuiltInRulePacks.CreateEngine(new AnalysisOptions(), parseResult.GetRequiredValue(_rulePacks));
            var rules = engine.Descriptors;
            var helpLinkBase = parseResult.GetRequiredValue(_helpLinkBase);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(_id) is { } id)
            {
                rules = [rules.FirstOrDefault(rule => rule.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
                    ?? throw new UsageException($"'{id}' is not a rule of the loaded rule packs; `connector rules` lists them.")];
            }

            switch (parseResult.GetRequiredValue(_format))
            {
                case Json:
                    WriteJson(output, rules, helpLinkBase);
                    break;
                case Markdown:
                    WriteMarkdown(output, rules, helpLinkBase);
                    break;
                case Text when parseResult.GetValue(_id) is not null:
                    WriteRule(output, rules[0], helpLinkBase);
                    break;
                default:
                    WriteText(output, rules);
                    break;
            }

            // The catalog lacks what a broken pack would have added: say so, as validate would.
            foreach (var problem in engine.PackProblems)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"{problem.Location.FilePath}: {SeverityNames.Of(problem.Severity)} {problem.Id}: {problem.GetMessage()}");
            }

            return engine.PackProblems.Count == 0 ? ExitCodes.Success : ExitCodes.ErrorsFound;
        });
    }

    /// <summary>One row per rule; the title wraps at spaces in the last column, so that a line fits <see cref="TextWidth"/>.</summary>
    private static void WriteText(TextWriter output, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        string[] header = ["ID", "SEVERITY", "CATEGORY", "APPLIES TO", "MODE", "TITLE"];
        var rows = rules.Select(rule => new[] { rule.Id, SeverityNames.OfRule(rule), rule.Category, rule.AppliesTo.ToString(), rule.Mode.ToString(), rule.Title }).Prepend(header).ToList();
        var widths = header.Select((_, column) => rows.Max(row => row[column].Length)).ToArray();
        var titleColumn = widths[..^1].Sum() + 2 * (header.Length - 1);
        foreach (var row in rows)
        {
            var title = Wrap(row[^1], TextWidth - titleColumn);
            output.WriteLine(string.Concat(row[..^1].Select((cell, column) => cell.PadRight(widths[column] + 2))) + title[0]);
            foreach (var continuation in title.Skip(1))
            {
                output.WriteLine(new string(' ', titleColumn) + continuation);
            }
        }
    }

    /// <summary>Every field of the descriptor, labelled, then its description.</summary>
    private static void WriteRule(TextWriter output, DiagnosticDescriptor rule, Uri helpLinkBase)
    {
        output.WriteLine($"{rule.Id}: {rule.Title}");
        output.WriteLine();
        (string Label, string Value)[] fields =
        [
            ("Name", rule.Name),
            ("Category", rule.Category),
            ("Severity", SeverityNames.OfRule(rule)),
            ("Applies to", rule.AppliesTo.ToString()),
            ("Mode", rule.Mode.ToString()),
            ("Message", rule.MessageFormat),
            ("Tags", rule.CustomTags.Count == 0 ? "(none)" : string.Join(", ", rule.CustomTags)),
            ("Help", HelpLinks.Resolve(rule, helpLinkBase) ?? "(none)"),
        ];
        foreach (var (label, value) in fields)
        {
            output.WriteLine($"  {label + ":",-12}{value}");
        }

        output.WriteLine();
        foreach (var line in Wrap(rule.Description, TextWidth - 2))
        {
            output.WriteLine("  " + line);
        }
    }

    /// <summary>Lines of at most <paramref name="width"/> characters, broken at spaces; a longer word stays whole.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string> { "" };
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length == 0)
            {
                lines[^1] = word;
            }
            else if (lines[^1].Length + 1 + word.Length <= width)
            {
                lines[^1] += " " + word;
            }
            else
            {
                lines.Add(word);
            }
        }

        return lines;
    }

    private static void WriteMarkdown(TextWriter output, IReadOnlyList<DiagnosticDescriptor> rules, Uri helpLinkBase)
        => MarkdownRuleTable.Write(output, rules, rule => HelpLinks.Resolve(rule, helpLinkBase));

    private static void WriteJson(TextWriter output, IReadOnlyList<DiagnosticDescriptor> rules, Uri helpLinkBase)
    {
        var jsonOutput = new JsonOutput(output);
        var json = jsonOutput.Writer;
        json.WriteStartArray();
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteString("title", rule.Title);
            json.WriteString("messageFormat", rule.MessageFormat);
            json.WriteString("category", rule.Category);
            json.WriteString("severity", SeverityNames.Of(rule.DefaultSeverity));
            if (SeverityByKind.Differing(rule) is [_, ..] kinds)
            {
                json.WriteStartObject("severityByKind");
                foreach (var kind in kinds)
                {
                    json.WriteString(kind.ToString(), SeverityNames.Of(rule.GetDefaultSeverity(kind)));
                }

                json.WriteEndObject();
            }

            json.WriteStartArray("appliesTo");
            foreach (var kind in Enum.GetValues<ConnectorKind>().Where(kind => rule.AppliesTo.HasFlag(kind.ToFlag())))
            {
                json.WriteStringValue(kind.ToString());
            }

            json.WriteEndArray();
            json.WriteString("mode", rule.Mode.ToString());
            json.WriteString("helpUri", HelpLinks.Resolve(rule, helpLinkBase));
            json.WriteString("description", rule.Description);
            json.WriteStartArray("customTags");
            foreach (var tag in rule.CustomTags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        jsonOutput.Complete();
    }
}
