using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

// Where the pack's relative help links point (CTSO001 is https://contoso.example/connector-rules/CTSO001), whatever
// base the host gives ConnectorSdk's own rules.
[assembly: ConnectorRulePackHelpLinkBase("https://contoso.example/connector-rules/")]

namespace Contoso.ConnectorRules;

/// <summary>CTSO001: an operation's summary, the action's name in the designer, does not end with a period.</summary>
public sealed class SummaryPeriodRule : ConnectorAnalyzer
{
    /// <summary>CTSO001; {0}: the operation, e.g. <c>POST /tasks</c>.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        "CTSO001",
        title: "Operation summaries do not end with a period",
        messageFormat: "The summary of {0} ends with a period; summaries are action names, written as titles",
        category: "ContosoStyle",
        DiagnosticSeverity.Warning,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "Flow and app designers show an operation's summary as the action's name, next to those of other connectors. Contoso's style guide writes them as titles: 'Create a task', not 'Create a task.'.",
        helpLinkUri: "CTSO001");

    /// <inheritdoc/>
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>A node action: the engine's one walk of the swagger calls it for every operation object, where it is written.</summary>
    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        // Read the value in place; a located element (and its pointer) is made only for the summary, to report it.
        if (context.Value.TryGetProperty("summary"u8, out var summary)
            && summary.ValueKind == JsonValueKind.String
            && summary.GetString()!.TrimEnd() is var text && text.EndsWith('.') && !text.EndsWith("...", StringComparison.Ordinal)
            && context.Node.TryGetProperty("summary", out var located))
        {
            context.Report(Rule, located.Location, OperationName(context.Path));
        }
    }

    /// <summary>"POST /tasks": an operation node is reached through paths, its path template, then its method.</summary>
    private static string OperationName(JsonPath path)
        => $"{path.Name(path.Depth - 1)!.ToUpperInvariant()} {path.Name(path.Depth - 2)}";
}
