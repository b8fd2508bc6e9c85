using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2027: a known policy template's id is written as documented (all lower case); the platform accepts any case.</summary>
internal sealed class PolicyTemplateCaseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the templateId as JSON; {1}: the documented id. Reported on the templateId.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PolicyTemplateCase,
        "Policy templateIds should be written as documented",
        "templateId {0} is documented as \"{1}\"; the platform accepts either, the documented form matches the schema and the policy pages",
        DiagnosticSeverity.Info,
        "The platform compares templateIds ignoring case (certified connectors use SetProperty, dynamicHostUrl, setHeader), "
            + "but the official apiProperties schema and the policy template pages write them in lower case.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        foreach (var instance in PolicyTemplates.Enumerate(context.Root))
        {
            if (instance.TemplateId is { } id
                && ValueLists.PolicyTemplates.Keys.FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase)) is { } documented
                && documented != id
                && instance.Element.TryGetProperty("templateId", out var templateId))
            {
                context.Report(Rule, templateId.Location, JsonValueText.Show(templateId), documented);
            }
        }
    }
}
