using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1062: a trigger's (an operation with <c>x-ms-trigger</c>) summary reads "When …" and its description "This operation triggers when …".</summary>
public sealed class TriggerWordingRule : ConnectorAnalyzer
{
    private const string SummaryStart = "When ";

    private const string DescriptionStart = "This operation triggers when";

    private const string Title = "Trigger summaries should read \"When …\"";

    private const string Description = $"The string guidance names triggers by the event: a summary such as \"When an item is created\" and a description such as \"{DescriptionStart} an item is created.\".";

    /// <summary>{0}: the operation; {1}: the summary.</summary>
    public static readonly DiagnosticDescriptor Summary = Create($"Trigger {{0}} summary \"{{1}}\" does not start with '{SummaryStart.Trim()}'; name a trigger by its event, such as \"When an item is created\"");

    /// <summary>{0}: the operation.</summary>
    public static readonly DiagnosticDescriptor DescriptionWording = Create($"Trigger {{0}} description does not start with '{DescriptionStart}'; describe the event that fires it");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Summary, DescriptionWording];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (context.Value.ValueKind != JsonValueKind.Object || !context.Value.TryGetProperty("x-ms-trigger"u8, out _))
        {
            return;
        }

        if (OperationNodes.TryGetString(context, "summary"u8, out var summary) && !string.IsNullOrWhiteSpace(summary)
            && !summary.TrimStart().StartsWith(SummaryStart, StringComparison.OrdinalIgnoreCase))
        {
            context.Report(Summary, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), summary);
        }

        if (OperationNodes.TryGetString(context, "description"u8, out var description) && !string.IsNullOrWhiteSpace(description)
            && !description.TrimStart().StartsWith(DescriptionStart, StringComparison.OrdinalIgnoreCase))
        {
            context.Report(DescriptionWording, OperationNodes.Locate(context, "description"), OperationNodes.Describe(context.Path));
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.TriggerWording, Title, messageFormat, DiagnosticSeverity.Info, Description, mode: AnalysisMode.All);
}
