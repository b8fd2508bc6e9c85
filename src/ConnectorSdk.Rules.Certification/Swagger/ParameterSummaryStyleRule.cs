using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1092: a parameter's x-ms-summary is at most 80 characters and in title case (a heuristic: a word of letters that
/// starts in lower case, other than a short connecting word after the first, is reported).
/// </summary>
public sealed class ParameterSummaryStyleRule : ConnectorAnalyzer
{
    private const string Title = "Parameter summaries should be title case and at most 80 characters";

    private const string Description = "Microsoft's connector string guidance and the OpenAPI extensions page ask that x-ms-summary, the input's label in the designer, be short (at most 80 characters) and in title case. Title case is judged by a heuristic: every word of letters starts with a capital, except short connecting words (a, of, for...) after the first.";

    /// <summary>{0}: the parameter; {1}: its length. Reported at the summary.</summary>
    public static readonly DiagnosticDescriptor TooLong = Create($"Parameter {{0}} has an x-ms-summary of {{1}} characters; keep the label to at most {TitleCase.MaxLength}");

    /// <summary>{0}: the parameter; {1}: the summary; {2}: the first word in lower case. Reported at the summary.</summary>
    public static readonly DiagnosticDescriptor NotTitleCase = Create("Parameter {0} has x-ms-summary \"{1}\", which is not in title case ('{2}'); capitalize each word, e.g. \"Item ID\"");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [TooLong, NotTitleCase];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (context.Value.ValueKind != JsonValueKind.Object || Parameters.GetString(context.Value, "x-ms-summary"u8) is not { } summary
            || !context.Node.TryGetProperty("x-ms-summary"u8, out var located))
        {
            return;
        }

        if (summary.Length > TitleCase.MaxLength)
        {
            context.Report(TooLong, located.Location, Parameters.Describe(context.Value), summary.Length);
        }

        if (TitleCase.FirstLowerCaseWord(summary) is { } word)
        {
            context.Report(NotTitleCase, located.Location, Parameters.Describe(context.Value), summary, word);
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ParameterSummaryStyle, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended);
}
