using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1077: a deprecated operation (<c>"deprecated": true</c>) says so in its summary and description, which end with
/// "(deprecated)" (the description may add a period); an operation whose summary says so is marked deprecated.
/// </summary>
public sealed class DeprecationMarkRule : ConnectorAnalyzer
{
    private const string Mark = "(deprecated)";

    private const string Title = "Deprecated operations should be marked in their summary and description";

    private const string Description = $"To deprecate an operation, set \"deprecated\": true and end its summary and description with \"{Mark}\": the designers hide deprecated actions from new flows and the text tells the users of existing ones.";

    /// <summary>{0}: the operation; {1}: the member (summary or description). Reported on the text.</summary>
    public static readonly DiagnosticDescriptor Unmarked = Create($"Operation {{0}} is deprecated but its {{1}} does not end with '{Mark}'; append it");

    /// <summary>{0}: the operation. Reported on the summary.</summary>
    public static readonly DiagnosticDescriptor NotFlagged = Create($"Operation {{0}} summary ends with '{Mark}' but the operation is not \"deprecated\": true; set it");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Unmarked, NotFlagged];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (context.Value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var deprecated = context.Value.TryGetProperty("deprecated"u8, out var flag) && flag.ValueKind == JsonValueKind.True;
        var hasSummary = OperationNodes.TryGetString(context, "summary"u8, out var summary) && !string.IsNullOrWhiteSpace(summary);
        if (deprecated)
        {
            // A missing or blank text is PPC1056's or PPC1063's.
            if (hasSummary && !EndsWithMark(summary))
            {
                context.Report(Unmarked, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path), "summary");
            }

            if (OperationNodes.TryGetString(context, "description"u8, out var description) && !string.IsNullOrWhiteSpace(description) && !EndsWithMark(description.TrimEnd().TrimEnd('.')))
            {
                context.Report(Unmarked, OperationNodes.Locate(context, "description"), OperationNodes.Describe(context.Path), "description");
            }
        }
        else if (hasSummary && EndsWithMark(summary))
        {
            context.Report(NotFlagged, OperationNodes.Locate(context, "summary"), OperationNodes.Describe(context.Path));
        }
    }

    private static bool EndsWithMark(string text) => text.TrimEnd().EndsWith(Mark, StringComparison.OrdinalIgnoreCase);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DeprecationUnmarked, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended);
}
