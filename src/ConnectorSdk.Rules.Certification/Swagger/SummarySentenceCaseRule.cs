using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1061: an operation's summary is in sentence case, not title case (the heuristic of <see cref="SentenceCase"/>).
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

        var words = SentenceCase.TitleCasedWords(summary, () => ProperNouns.For(context, context.Swagger));
        if (words.Count > 0)
        {
            context.Report(Rule, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), summary, ValueLists.Quote(words));
        }
    }
}
