using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2018: every operationId a policy template instance lists in x-ms-apimTemplate-operationName is an operation of the swagger.</summary>
internal sealed class PolicyOperationMissingRule : ConnectorAnalyzer
{
    /// <summary>{0}: the instance; {1}: the entry as JSON; {2}: the swagger's file name. Reported on the entry.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PolicyOperationMissing,
        "Policies must apply to operations of the swagger",
        $"{{0}} lists {{1}} in {PolicyTemplates.OperationName}, but no operation in {{2}} has that operationId; list existing operationIds, or an empty array for every operation",
        DiagnosticSeverity.Error,
        $"{PolicyTemplates.OperationName} lists the actions and triggers a policy applies to, by operationId (an empty list: all "
            + "of them). An entry that is not an operationId of apiDefinition.swagger.json (a typo, a renamed or deleted operation) "
            + "means the policy never applies to the operation that was meant.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        // Without a readable swagger object there is nothing to compare with; the swagger's own findings say why.
        if (context.Connector.Swagger is not { Root.Kind: JsonValueKind.Object } swagger)
        {
            return;
        }

        foreach (var instance in PolicyTemplates.Enumerate(context.Root))
        {
            if (instance.Parameters is not { } parameters || !parameters.TryGetProperty(PolicyTemplates.OperationName, out var names))
            {
                continue;
            }

            // Entries that are not strings are PPC2016's.
            foreach (var entry in names.EnumerateItems())
            {
                if (entry.Kind == JsonValueKind.String && !context.GetValue(OperationIds.Declared).Contains(entry.Value.GetString()!))
                {
                    context.Report(Rule, entry.Location, instance, JsonValueText.Show(entry), Path.GetFileName(swagger.Root.File.Path));
                }
            }
        }
    }
}
