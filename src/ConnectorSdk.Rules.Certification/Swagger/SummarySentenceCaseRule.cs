using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1061: an operation's summary is in sentence case, not title case. A heuristic: after the first word, a summary
/// with two or more Capitalized words, or whose only other word is Capitalized, is reported. Acronyms (URL),
/// CamelCase words (PPC1068's), the connector title's words and the configured proper nouns do not count.
/// </summary>
public sealed class SummarySentenceCaseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the summary; {2}: the capitalized words, quoted.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SummarySentenceCase,
        "Operation summaries should be in sentence case",
        $"Operation {{0}} summary \"{{1}}\" capitalizes {{2}}; write summaries in sentence case (list proper nouns in {ValueLists.ProperNounsKey})",
        DiagnosticSeverity.Warning,
        $"The string guidance and the OpenAPI extension guide write summaries in sentence case: only the first word and proper nouns start with a capital. A heuristic: the connector title's words and {ValueLists.ProperNounsKey} are proper nouns.",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!OperationNodes.TryGetString(context, "summary"u8, out var summary))
        {
            return;
        }

        var words = ProperNouns.Words(summary).Skip(1).ToArray();
        var capitalized = words.Where(IsCapitalized).ToList();
        if (capitalized.Count == 0 || (capitalized.Count == 1 && words.Length > 1))
        {
            return;
        }

        var properNouns = ProperNouns.For(context, context.Swagger);
        capitalized.RemoveAll(properNouns.Contains);
        if (capitalized.Count >= 2 || (capitalized.Count == 1 && words.Length == 1))
        {
            context.Report(Rule, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), summary, ValueLists.Quote([.. capitalized.Distinct()]));
        }
    }

    /// <summary>An upper-case letter followed by lower-case letters only ("Items", not "URL", "V2" or "SharePoint").</summary>
    private static bool IsCapitalized(string word)
        => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);
}
