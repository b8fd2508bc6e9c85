using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2004: an independent publisher connector's brand colour is #da3b01.</summary>
internal sealed class IndependentPublisherBrandColorRule : ConnectorAnalyzer
{
    /// <summary>{0}: the colour as JSON.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.IndependentPublisherBrandColor,
        $"An independent publisher's brand color must be {ApiPropertiesElements.IndependentPublisherBrandColor}",
        $"iconBrandColor is {{0}}; independent publisher connectors must use \"{ApiPropertiesElements.IndependentPublisherBrandColor}\"",
        DiagnosticSeverity.Error,
        $"Every independent publisher connector shares the same icon and the brand color {ApiPropertiesElements.IndependentPublisherBrandColor}; certification "
            + "asks independent publishers to keep the template's value.",
        ConnectorKinds.IndependentPublisher);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        if (ApiPropertiesElements.TryGetWellFormedBrandColor(context.Root, out var element, out var color)
            && !ApiPropertiesElements.IsSameColor(color, ApiPropertiesElements.IndependentPublisherBrandColor))
        {
            context.Report(Rule, element.Location, JsonValueText.Show(element));
        }
    }
}
