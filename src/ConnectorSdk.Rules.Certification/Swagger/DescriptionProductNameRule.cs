using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1038: the connector description names no Power Platform product.</summary>
public sealed class DescriptionProductNameRule : ConnectorAnalyzer
{
    /// <summary>{0}: the product names found.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DescriptionProductName,
        "The connector description must not name a Power Platform product",
        "The connector description names {0}; describe the service the connector calls, without Power Platform product names",
        DiagnosticSeverity.Error,
        "Certification rejects a connector description that names a Power Platform product (Power Apps, Power Automate...): the description is about the connected service.",
        custom: DiagnosticSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (ConnectorInfo.TryGetDescription(root, out var element, out var description)
            && ValueLists.FindWholeWords(description, ValueLists.Read(context, root.File, ValueLists.ProductNamesKey, ValueLists.ProductNames)) is { Count: > 0 } found)
        {
            context.Report(Rule, element.Location, ValueLists.Quote(found));
        }
    }
}
