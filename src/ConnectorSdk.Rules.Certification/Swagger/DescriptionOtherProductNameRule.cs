using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1186: the connector description names no other Microsoft product (Power Platform, Copilot Studio...) than
/// those PPC1038 reports. A warning: the validator's message lists only PPC1038's names, and accepted connectors say
/// "Power Platform". The list is <c>connectorsdk.restricted_product_names</c>.
/// </summary>
internal sealed class DescriptionOtherProductNameRule : ConnectorAnalyzer
{
    /// <summary>{0}: the product names found.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DescriptionOtherProductName,
        "The connector description should not name Microsoft products",
        "The connector description names {0}; describe the service the connector calls rather than the products it is used from",
        DiagnosticSeverity.Warning,
        $"The certification steps ask for a description of the connected service, without Power Platform product names. The validator rejects {ValueLists.Quote(ValueLists.ValidatorProductNames)} (PPC1038); other product names are a recommendation.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (!ConnectorInfo.TryGetDescription(root, out var element, out var description))
        {
            return;
        }

        var names = ValueLists.Read(context, root.File, ValueLists.ProductNamesKey, ValueLists.ProductNames)
            .Where(name => !ValueLists.ValidatorProductNames.Contains(name, StringComparer.OrdinalIgnoreCase));
        if (ValueLists.FindWholeWords(description, names) is { Count: > 0 } found)
        {
            context.Report(Rule, element.Location, ValueLists.Quote(found));
        }
    }
}
