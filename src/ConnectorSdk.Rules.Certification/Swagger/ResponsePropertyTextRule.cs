using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1140: a response property's x-ms-summary is a short label in title case (<see cref="TitleCase"/>, as PPC1092 asks
/// of parameters), and its description a sentence: in sentence case (<see cref="SentenceCase"/>) and ending with a
/// period, unless it is a single word. Response properties are those of the schemas <see cref="ResponseSchemas"/>
/// tells, where they are written; internal ones are left out (never shown).
/// </summary>
public sealed class ResponsePropertyTextRule : ConnectorAnalyzer
{
    private const string Title = "Response property labels should be short and title case, descriptions sentences";

    private const string Description = $"Microsoft's connector string guidance writes the texts of outputs as it writes those of inputs: x-ms-summary, the output's label in the designer, short (at most 80 characters) and in title case; description, its tooltip, in sentence case and ending with a period (a single word needs none). Heuristics: title case lets short connecting words (a, of, for...) stay in lower case after the first word; the connector title's words and {ValueLists.ProperNounsKey} are proper nouns.";

    /// <summary>{0}: the property; {1}: the label's length. Reported at the x-ms-summary.</summary>
    public static readonly DiagnosticDescriptor SummaryTooLong = Create($"Response {{0}} has an x-ms-summary of {{1}} characters; keep the label to at most {TitleCase.MaxLength}");

    /// <summary>{0}: the property; {1}: the label; {2}: its first word in lower case. Reported at the x-ms-summary.</summary>
    public static readonly DiagnosticDescriptor SummaryNotTitleCase = Create("Response {0} has x-ms-summary \"{1}\", which is not in title case ('{2}'); capitalize each word, e.g. \"Created Time\"");

    /// <summary>{0}: the property; {1}: the capitalized words, quoted. Reported at the description.</summary>
    public static readonly DiagnosticDescriptor DescriptionNotSentenceCase = Create($"The description of response {{0}} capitalizes {{1}}; write descriptions in sentence case (list proper nouns in {ValueLists.ProperNounsKey})");

    /// <summary>{0}: the property; {1}: the description's end. Reported at the description.</summary>
    public static readonly DiagnosticDescriptor DescriptionWithoutPeriod = Create("The description of response {0} ends \"{1}\" without a period; end a description of more than one word with a period");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [SummaryTooLong, SummaryNotTitleCase, DescriptionNotSentenceCase, DescriptionWithoutPeriod];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        HashSet<string>? properNouns = null;
        start.RegisterSwaggerNodeAction(node => Analyze(node, () => properNouns ??= ProperNouns.For(node, node.Swagger)), SwaggerNodeKind.Schema);
    });

    private static void Analyze(SwaggerNodeContext context, Func<HashSet<string>> properNouns)
    {
        var path = context.Path;
        var hasSummary = OperationNodes.TryGetString(context, "x-ms-summary"u8, out var summary) && !string.IsNullOrWhiteSpace(summary);
        var hasDescription = OperationNodes.TryGetString(context, "description"u8, out var description) && !string.IsNullOrWhiteSpace(description);
        if (!(hasSummary || hasDescription) || path.Depth < 2 || !path.NameEquals(path.Depth - 2, "properties"u8)
            || Visibility.IsInternal(context.Value) || !ResponseSchemas.Contains(context))
        {
            return;
        }

        var property = SchemaNodes.Describe(path);
        if (hasSummary)
        {
            if (summary.Length > TitleCase.MaxLength)
            {
                context.Report(SummaryTooLong, SchemaNodes.Locate(context, "x-ms-summary"), property, summary.Length);
            }

            if (TitleCase.FirstLowerCaseWord(summary) is { } word)
            {
                context.Report(SummaryNotTitleCase, SchemaNodes.Locate(context, "x-ms-summary"), property, summary, word);
            }
        }

        if (hasDescription)
        {
            if (SentenceCase.TitleCasedWords(description, properNouns) is { Count: > 0 } words)
            {
                context.Report(DescriptionNotSentenceCase, SchemaNodes.Locate(context, "description"), property, ValueLists.Quote(words));
            }

            if (!TextEnds.EndsSentence(description) && ProperNouns.Words(description).Skip(1).Any())
            {
                context.Report(DescriptionWithoutPeriod, SchemaNodes.Locate(context, "description"), property, TextEnds.QuoteEnd(description));
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ResponsePropertyText, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended);
}
