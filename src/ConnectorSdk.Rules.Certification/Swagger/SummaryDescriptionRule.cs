using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1065: an operation's description says more than its summary: the two differ once letter case, surrounding white
/// space and a final period are set aside.
/// </summary>
public sealed class SummaryDescriptionRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the summary.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.SummaryEqualsDescription,
        "Operation descriptions should not repeat the summary",
        "Operation {0} description repeats its summary \"{1}\"; the description should say what the action does in a full sentence",
        DiagnosticSeverity.Warning,
        "The designers show the summary as the action's name and the description as its explanation; the string guidance and the coding standards ask for a description that adds to the summary rather than repeating it.",
        mode: AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (OperationNodes.TryGetString(context, "summary"u8, out var summary) && OperationNodes.TryGetString(context, "description"u8, out var description)
            && !Core(summary).IsEmpty && Core(summary).Equals(Core(description), StringComparison.OrdinalIgnoreCase))
        {
            context.Report(Rule, OperationNodes.Locate(context, "description"), OperationNodes.Describe(context.Path), summary);
        }
    }

    /// <summary>The text without surrounding white space and final periods.</summary>
    private static ReadOnlySpan<char> Core(string text) => text.AsSpan().Trim().TrimEnd('.').TrimEnd();
}
