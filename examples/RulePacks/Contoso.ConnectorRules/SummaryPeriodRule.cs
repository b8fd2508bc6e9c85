using System.Text.Json;
using ConnectorSdk.Analysis;

namespace Contoso.ConnectorRules;

/// <summary>CTSO001: an operation's summary, the action's name in the designer, does not end with a period.</summary>
public sealed class SummaryPeriodRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CTSO001",
        title: "Operation summaries do not end with a period",
        messageFormat: "The summary of {0} ends with a period; summaries are action names, written as titles",
        category: "ContosoStyle",
        DiagnosticSeverity.Warning,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "Flow and app designers show an operation's summary as the action's name, next to those of other connectors. Contoso's style guide writes them as titles: 'Create a task', not 'Create a task.'.",
        helpLinkUri: "https://contoso.example/connector-rules/CTSO001");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        if (context.Operation.Element.TryGetProperty("summary", out var summary)
            && summary.Kind == JsonValueKind.String
            && summary.Value.GetString()!.TrimEnd().EndsWith('.')
            && !summary.Value.GetString()!.TrimEnd().EndsWith("...", StringComparison.Ordinal))
        {
            context.Report(Rule, summary.Location, context.Operation.ToString());
        }
    }
}
