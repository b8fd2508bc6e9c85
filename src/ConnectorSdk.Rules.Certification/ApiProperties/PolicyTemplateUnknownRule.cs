using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2026: a policy template instance's templateId is a template the platform documents (or accepted connectors use), ignoring case.</summary>
internal sealed class PolicyTemplateUnknownRule : ConnectorAnalyzer
{
    /// <summary>{0}: the instance; {1}: the templateId as JSON. Reported on the templateId.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PolicyTemplateUnknown,
        "Policy template instances should name a known template",
        "{0} names template {1}, which is not a known policy template; check the spelling against the policy template list, e.g. \"setheader\" or \"dynamichosturl\"",
        DiagnosticSeverity.Warning,
        "The policy templates are listed on the policy template pages and in the official apiProperties schema (setheader, "
            + "dynamichosturl, routerequesttoendpoint, ...); accepted connectors also use a few undocumented ones. Another templateId "
            + "is most likely misspelt, but the platform may know templates that are not documented, so it is a warning.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        foreach (var instance in PolicyTemplates.Enumerate(context.Root))
        {
            if (!string.IsNullOrWhiteSpace(instance.TemplateId) && !ValueLists.PolicyTemplates.ContainsKey(instance.TemplateId)
                && instance.Element.TryGetProperty("templateId", out var templateId))
            {
                context.Report(Rule, templateId.Location, instance, JsonValueText.Show(templateId));
            }
        }
    }
}
