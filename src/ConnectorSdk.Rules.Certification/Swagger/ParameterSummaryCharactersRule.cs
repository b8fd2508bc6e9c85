using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1094: a parameter's x-ms-summary holds letters, digits, spaces and parentheses only, as operation summaries do
/// (PPC1059; the same configurable extra characters). A submission guideline: Microsoft's own connectors are not held to it.
/// </summary>
public sealed class ParameterSummaryCharactersRule : ConnectorAnalyzer
{
    /// <summary>{0}: the parameter; {1}: the summary; {2}: the characters found. Reported at the summary.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ParameterSummaryCharacters,
        "Parameter summaries should hold only letters, digits, spaces and parentheses",
        $"Parameter {{0}} has x-ms-summary \"{{1}}\" with {{2}}; certification asks for letters, digits, spaces and parentheses only (allow more with {ValueLists.SummaryAllowedCharactersKey})",
        DiagnosticSeverity.Warning,
        $"The certification submission guide asks that parameter summaries, like operation summaries, contain only alphanumeric characters and parentheses: the summary is the input's label. {ValueLists.SummaryAllowedCharactersKey} lists further characters to accept (default: the apostrophe). Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (context.Connector.IsMicrosoftPublished || Parameters.GetString(context.Value, "x-ms-summary"u8) is not { } summary)
        {
            return;
        }

        var found = SummaryCharactersRule.Disallowed(context, context.Swagger.Root.File, summary, reportedElsewhere: "");
        if (found.Count > 0 && context.Node.TryGetProperty("x-ms-summary"u8, out var located))
        {
            context.Report(Rule, located.Location, Parameters.Describe(context.Value), summary, ValueLists.Quote(found));
        }
    }
}
