using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// PPC2019: the policy template parameters with a fixed set of values hold one of them, ignoring case: the policy section
/// (Request, Response, Failure), existsAction (override, skip, append) and httpMethod (the HTTP methods, or
/// @Request.OriginalHTTPMethod).
/// </summary>
internal sealed class PolicyParameterValueRule : ConnectorAnalyzer
{
    /// <summary>{0}: the instance; {1}: the parameter; {2}: the value as JSON; {3}: the allowed values. Reported on the value.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PolicyParameterValueNotValid,
        "Policy template parameters must hold one of their allowed values",
        "The {1} of {0} is {2}; use one of {3}",
        DiagnosticSeverity.Error,
        "Some policy template parameters take a value from a fixed list: x-ms-apimTemplate-policySection Request, Response or "
            + "Failure; existsAction override, skip or append; httpMethod GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD or "
            + "@Request.OriginalHTTPMethod (the set HTTP header and route request policy pages and the official schema).");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        foreach (var instance in PolicyTemplates.Enumerate(context.Root))
        {
            if (instance.Parameters is not { } parameters)
            {
                continue;
            }

            foreach (var (name, allowed) in ValueLists.PolicyParameterValues)
            {
                if (parameters.TryGetProperty(name, out var value)
                    && (value.Kind != JsonValueKind.String || !allowed.Contains(value.Value.GetString()!, StringComparer.OrdinalIgnoreCase)))
                {
                    context.Report(Rule, value.Location, instance, name, JsonValueText.Show(value), ValueLists.Quote(allowed));
                }
            }
        }
    }
}
