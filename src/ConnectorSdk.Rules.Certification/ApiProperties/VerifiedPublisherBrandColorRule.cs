using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2003: a verified publisher's brand colour is neither the platform default (#007ee5) nor white.</summary>
internal sealed class VerifiedPublisherBrandColorRule : ConnectorAnalyzer
{
    /// <summary>{0}: the colour as JSON.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.VerifiedPublisherBrandColor,
        "A verified publisher's brand color must not be the default blue or white",
        $"iconBrandColor is {{0}}; a verified publisher's connector must use its own brand color, not the default {ApiPropertiesElements.DefaultBrandColor} or white {ApiPropertiesElements.WhiteBrandColor}",
        DiagnosticSeverity.Error,
        "Certification rejects a verified publisher connector whose icon background is the platform's default "
            + $"blue ({ApiPropertiesElements.DefaultBrandColor}) or white ({ApiPropertiesElements.WhiteBrandColor}): the icon must show the publisher's own brand color.",
        ConnectorKinds.Certified);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        if (ApiPropertiesElements.TryGetWellFormedBrandColor(context.Root, out var element, out var color)
            && (ApiPropertiesElements.IsSameColor(color, ApiPropertiesElements.DefaultBrandColor)
                || ApiPropertiesElements.IsSameColor(color, ApiPropertiesElements.WhiteBrandColor)))
        {
            context.Report(Rule, element.Location, JsonValueText.Show(element));
        }
    }
}
