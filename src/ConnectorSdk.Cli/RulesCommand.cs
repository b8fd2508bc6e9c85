using System.CommandLine;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Cli.Reporting;

namespace ConnectorSdk.Cli;

/// <summary><c>connector rules</c>: the catalog of every rule the loaded packs know.</summary>
internal sealed class RulesCommand : Command
{
    private const string Text = "text";
    private const string Json = "json";
    private const string Markdown = "markdown";

    private readonly Option<string> _format = CommandOptions.ChoiceOption("--format", "The catalog format", [Text, Json, Markdown]);
    private readonly Option<Uri> _helpLinkBase = CommandOptions.HelpLinkBaseOption();
    private readonly Option<string[]> _rulePacks = CommandOptions.RulePackOption();

    public RulesCommand()
        : base("rules", "List every rule: id, title, category, severity, the kinds it applies to, the mode that enables it, help link")
    {
        Options.Add(_format);
        Options.Add(_helpLinkBase);
        Options.Add(_rulePacks);
        SetAction(parseResult =>
        {
            var engine = BuiltInRules.CreateEngine(new AnalysisOptions(), parseResult.GetRequiredValue(_rulePacks));
            var rules = engine.Descriptors;
            var helpLinkBase = parseResult.GetRequiredValue(_helpLinkBase);
            var output = parseResult.InvocationConfiguration.Output;
            switch (parseResult.GetRequiredValue(_format))
            {
                case Json:
                    WriteJson(output, rules, helpLinkBase);
                    break;
                case Markdown:
                    WriteMarkdown(output, rules, helpLinkBase);
                    break;
                default:
                    WriteText(output, rules, helpLinkBase);
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

    private static void WriteText(TextWriter output, IReadOnlyList<DiagnosticDescriptor> rules, Uri helpLinkBase)
    {
        string[] header = ["ID", "SEVERITY", "CATEGORY", "APPLIES TO", "MODE", "TITLE", "HELP"];
        var rows = rules.Select(rule => new[] { rule.Id, SeverityNames.OfRule(rule), rule.Category, rule.AppliesTo.ToString(), rule.Mode.ToString(), rule.Title, HelpLinks.Resolve(rule, helpLinkBase) }).Prepend(header).ToList();
        var widths = header.Select((_, column) => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            // The last column is not padded, so that lines carry no trailing spaces.
            output.WriteLine(string.Join("  ", row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]))));
        }
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
            json.WriteEndObject();
        }

        json.WriteEndArray();
        jsonOutput.Complete();
    }
}
