using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1060: an operation's summary ends with a letter, a digit or the ')' of a suffix such as "(V2)".</summary>
public sealed class SummaryEndRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the summary; {2}: its last character, named.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SummaryEnd,
        "Operation summaries should end with a letter, a digit or ')'",
        "Operation {0} summary \"{1}\" ends with {2}; a summary is an action's name: end it with a letter, a digit or ')'",
        DiagnosticSeverity.Warning,
        "The string guidance writes summaries as names, without closing punctuation or trailing spaces; a parenthesized suffix such as \"(V2)\" or \"(deprecated)\" may end one.",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        // A summary ending with a restricted character ('?', '/') is PPC1058's error.
        if (OperationNodes.TryGetString(context, "summary"u8, out var summary) && TextEnds.TryGetBadEnd(summary, out var last)
            && !SummaryRestrictedCharactersRule.Restricted.Contains(summary[^1]))
        {
            context.Report(Rule, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), summary, TextEnds.Describe(last));
        }
    }
}
