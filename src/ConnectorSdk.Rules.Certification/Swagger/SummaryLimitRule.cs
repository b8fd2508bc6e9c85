using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1184: an operation's summary is shorter than 120 characters, the validator's hard limit for every connector.</summary>
public sealed class SummaryLimitRule : ConnectorAnalyzer
{
    /// <summary>The shortest summary the validator rejects.</summary>
    public const int Limit = 120;

    /// <summary>{0}: the operation; {1}: the summary's length.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SummaryOverLimit,
        $"Operation summaries must be shorter than {Limit} characters",
        $"Operation {{0}} summary has {{1}} characters; the validator rejects summaries of {Limit} characters or more (certification asks for at most {SummaryLengthRule.MaxLength})",
        DiagnosticSeverity.Error,
        $"The swagger validator rejects an operation summary of {Limit} characters or more (OperationSummaryTooLong), whatever the connector. Certification asks for at most {SummaryLengthRule.MaxLength} (PPC1057).",
        name: "OperationSummaryTooLong");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (OperationNodes.TryGetUtf8(context, "summary"u8, out var summary) && OperationNodes.Utf16Length(summary) is var length and >= Limit)
        {
            context.Report(Rule, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), length);
        }
    }
}
