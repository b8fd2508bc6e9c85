using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1057: an operation's summary has at most 80 characters, the certification guidance. From 120 characters on the
/// validator's hard limit is broken: that is PPC1184's error alone, so a summary draws one finding.
/// </summary>
public sealed class SummaryLengthRule : ConnectorAnalyzer
{
    public const int MaxLength = 80;

    /// <summary>{0}: the operation; {1}: the summary's length.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SummaryTooLong,
        $"Operation summaries must have at most {MaxLength} characters",
        $"Operation {{0}} summary has {{1}} characters; certification allows at most {MaxLength}",
        DiagnosticSeverity.Error,
        $"The submission checklist and the string guidance ask for summaries of {MaxLength} characters or fewer: the designers show the summary as the action's name and cut longer ones off. An error for connectors submitted for certification, a warning for custom connectors.",
        custom: DiagnosticSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (OperationNodes.TryGetUtf8(context, "summary"u8, out var summary) && OperationNodes.Utf16Length(summary) is var length and > MaxLength and < SummaryLimitRule.Limit)
        {
            context.Report(Rule, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), length);
        }
    }
}
