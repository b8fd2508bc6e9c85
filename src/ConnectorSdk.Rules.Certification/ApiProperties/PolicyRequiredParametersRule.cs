using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2017: an instance of a known policy template gives the parameters the template requires (rules.md §10.2).</summary>
internal sealed class PolicyRequiredParametersRule : ConnectorAnalyzer
{
    /// <summary>{0}: the instance; {1}: the missing parameters. Reported on parameters' name, else on the templateId.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PolicyParametersMissing,
        "Policy template instances must give the parameters their template requires",
        "{0} lacks the parameters {1}; the template requires them, add them to its parameters",
        DiagnosticSeverity.Error,
        "Each policy template needs its own parameters: setheader a header name, value and policy section, dynamichosturl a "
            + "urlTemplate, routerequesttoendpoint a newPath, and so on (the official apiProperties schema and the policy template "
            + "pages). Without them the policy cannot be applied.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        foreach (var instance in PolicyTemplates.Enumerate(context.Root))
        {
            if (instance.TemplateId is not { } templateId || !ValueLists.PolicyTemplates.TryGetValue(templateId, out var required))
            {
                continue;
            }

            var missing = required.Where(name => instance.Parameters is not { } parameters || !parameters.TryGetProperty(name, out _)).ToList();
            if (missing.Count > 0)
            {
                var location = instance.Element.TryGetProperty("parameters", out var parameters) ? parameters.NameLocation : instance.Element.Location;
                context.Report(Rule, location, instance, ValueLists.Quote(missing));
            }
        }
    }
}
