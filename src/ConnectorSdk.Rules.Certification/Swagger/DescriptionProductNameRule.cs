using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1038: the connector description names none of the products the validator lists (Power Apps, Power Automate,
/// Logic Apps). Other product names are PPC1186's warning.
/// </summary>
internal sealed class DescriptionProductNameRule : ConnectorAnalyzer
{
    private static readonly string Names = ValueLists.Quote(ValueLists.ValidatorProductNames);

    /// <summary>{0}: the product names found.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DescriptionProductName,
        $"The connector description must not name {string.Join(", ", ValueLists.ValidatorProductNames.SkipLast(1))} or {ValueLists.ValidatorProductNames[^1]}",
        $"The connector description names {{0}}; the validator rejects {Names} in a description: describe the service the connector calls",
        DiagnosticSeverity.Error,
        $"Certification rejects a connector description that names {Names} (ValueContainsRestrictedWords): the description is about the connected service. Other product names are PPC1186's warning.",
        custom: DiagnosticSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (ConnectorInfo.TryGetDescription(context.Swagger.Root, out var element, out var description)
            && ValueLists.FindWholeWords(description, ValueLists.ValidatorProductNames) is { Count: > 0 } found)
        {
            context.Report(Rule, element.Location, ValueLists.Quote(found));
        }
    }
}
