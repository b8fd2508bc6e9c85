using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1066: an operation's summary and description name none of the products the validator lists (Power Apps, Power
/// Automate, Logic Apps). Microsoft's own connectors are not held to it.
/// </summary>
public sealed class OperationProductNameRule : ConnectorAnalyzer
{
    private static readonly string Names = ValueLists.Quote(ValueLists.ValidatorProductNames);

    /// <summary>The last word of each name: a text without any of them names no product, and needs no pattern.</summary>
    private static readonly string[] LastWords = [.. ValueLists.ValidatorProductNames.Select(name => name.Split(' ')[^1]).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>{0}: the operation; {1}: the member (summary or description); {2}: the product names found.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.OperationProductName,
        "Operation summaries and descriptions must not name Power Apps, Power Automate or Logic Apps",
        $"Operation {{0}} {{1}} names {{2}}; the validator rejects {Names} in connector strings: describe what the action does in the service",
        DiagnosticSeverity.Error,
        $"Certification rejects connector strings that name {Names} (ValueContainsRestrictedWords): a connector is used from all of them, and its actions describe the connected service. Microsoft's own connectors are not held to it.",
        custom: DiagnosticSeverity.Warning,
        name: "ValueContainsRestrictedWords");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (context.Connector.IsMicrosoftPublished)
        {
            return;
        }

        Check(context, "summary"u8, "summary");
        Check(context, "description"u8, "description");
    }

    private static void Check(SwaggerNodeContext context, ReadOnlySpan<byte> utf8Member, string member)
    {
        if (OperationNodes.TryGetString(context, utf8Member, out var text)
            && LastWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase))
            && ValueLists.FindWholeWords(text, ValueLists.ValidatorProductNames) is { Count: > 0 } found)
        {
            context.Report(Rule, OperationNodes.Locate(context, member), OperationNodes.Describe(context.Path), member, ValueLists.Quote(found));
        }
    }
}
