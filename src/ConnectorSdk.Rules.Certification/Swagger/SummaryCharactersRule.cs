using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1059: an operation's summary holds only letters, digits, spaces and parentheses, plus the characters
/// <c>connectorsdk.summary_allowed_characters</c> allows (default: the apostrophe). The characters the validator
/// rejects outright are PPC1058's error and are not repeated here.
/// </summary>
public sealed class SummaryCharactersRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the summary; {2}: the characters found, quoted.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SummaryCharacters,
        "Operation summaries should hold only letters, digits, spaces and parentheses",
        $"Operation {{0}} summary \"{{1}}\" contains {{2}}; certification asks for letters, digits, spaces and parentheses only (allow more with {ValueLists.SummaryAllowedCharactersKey})",
        DiagnosticSeverity.Warning,
        $"The certification submission guide asks that operation summaries contain only alphanumeric characters, spaces and parentheses: the summary is the action's name. {ValueLists.SummaryAllowedCharactersKey} lists further characters to accept (default: the apostrophe). Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        // A verified-publisher submission rule: Microsoft's own connectors are not held to it.
        if (context.Connector.IsMicrosoftPublished)
        {
            return;
        }

        if (!OperationNodes.TryGetString(context, "summary"u8, out var summary))
        {
            return;
        }

        var found = Disallowed(context, context.Swagger.Root.File, summary, SummaryRestrictedCharactersRule.Restricted);
        if (found.Count > 0)
        {
            context.Report(Rule, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), summary, ValueLists.Quote(found));
        }
    }

    /// <summary>
    /// The characters of <paramref name="text"/> a summary may not hold (each once, in order): not a letter, digit, space
    /// or parenthesis, not configured (<see cref="ValueLists.SummaryAllowedCharactersKey"/>) and not in
    /// <paramref name="reportedElsewhere"/>. Operation summaries (PPC1059) and parameter summaries (PPC1094) share it.
    /// </summary>
    internal static List<string> Disallowed(ConnectorContext context, ConnectorFile file, string text, string reportedElsewhere)
    {
        string? allowed = null;
        var found = new List<string>();
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || character is ' ' or '(' or ')' || reportedElsewhere.Contains(character))
            {
                continue;
            }

            // The configured characters are read only for a summary that needs them: most hold none.
            allowed ??= string.Concat(ValueLists.Read(context, file, ValueLists.SummaryAllowedCharactersKey, ValueLists.SummaryAllowedCharacters));
            if (!allowed.Contains(character) && !found.Contains(character.ToString()))
            {
                found.Add(character.ToString());
            }
        }

        return found;
    }
}
