using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1064: an operation's description is a sentence: it ends with '.', '!' or '?' (closing quotes or parentheses and white space after it ignored).</summary>
public sealed class OperationDescriptionEndRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: the description's end, shortened.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationDescriptionEnd,
        "Operation descriptions should be full sentences ending with punctuation",
        "Operation {0} description ends \"{1}\" without a period; write it as a full sentence",
        DiagnosticSeverity.Warning,
        "The certification guide and the coding standards ask for operation descriptions written as full sentences, ending with a period; the designers show them as the action's tooltip. Microsoft's own connectors are not held to it.",
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

        // A blank description is PPC1063's.
        if (OperationNodes.TryGetString(context, "description"u8, out var description)
            && !string.IsNullOrWhiteSpace(description) && !TextEnds.EndsSentence(description))
        {
            context.Report(Rule, OperationNodes.Locate(context, "description"), OperationNodes.Describe(context.Path), TextEnds.QuoteEnd(description));
        }
    }
}
