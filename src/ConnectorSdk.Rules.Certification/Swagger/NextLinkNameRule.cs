using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1081: an operation's <c>x-ms-pageable.nextLinkName</c> is <c>nextLink</c> or <c>@odata.nextLink</c>.</summary>
public sealed class NextLinkNameRule : ConnectorAnalyzer
{
    /// <summary>The values the validator accepts (InvalidNextLinkNameValue).</summary>
    public static readonly IReadOnlyList<string> Accepted = ["nextLink", "@odata.nextLink"];

    private static readonly string AcceptedText = ValueLists.Quote(Accepted).Replace("and", "or", StringComparison.Ordinal);

    /// <summary>{0}: the operation; {1}: the value found, as JSON.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.NextLinkNameInvalid,
        "x-ms-pageable's nextLinkName must be nextLink or @odata.nextLink",
        $"Operation {{0}} has x-ms-pageable.nextLinkName {{1}}; the validator accepts only {AcceptedText}",
        DiagnosticSeverity.Error,
        $"The platform follows the next-page link of a pageable operation from the response property that nextLinkName names, and the swagger validator accepts only {AcceptedText} (InvalidNextLinkNameValue).",
        name: "InvalidNextLinkNameValue");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, SwaggerNodeKind.Operation);

    private static void Analyze(SwaggerMemberContext context)
    {
        if (context.Member.NameEquals("x-ms-pageable"u8)
            && context.Member.Value.ValueKind == JsonValueKind.Object
            && context.Member.Value.TryGetProperty("nextLinkName"u8, out var name)
            && !(name.ValueKind == JsonValueKind.String && Accepted.Contains(name.GetString()!, StringComparer.Ordinal))
            && context.Element.TryGetProperty("nextLinkName", out var located))
        {
            context.Report(Rule, located.Location, OperationNodes.Describe(context.Path), JsonValueText.Show(located));
        }
    }
}
