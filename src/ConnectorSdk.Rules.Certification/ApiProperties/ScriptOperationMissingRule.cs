using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2021: every entry of <c>properties.scriptOperations</c> is an operationId of the swagger.</summary>
internal sealed class ScriptOperationMissingRule : ConnectorAnalyzer
{
    /// <summary>{0}: the entry as JSON; {1}: the swagger's file name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ScriptOperationMissing,
        "scriptOperations must name operations of the swagger",
        "scriptOperations lists {0}, but no operation in {1} has that operationId; list existing operationIds, or leave the list empty to run the script for every operation",
        DiagnosticSeverity.Error,
        "properties.scriptOperations names the operations whose requests go through script.csx. An entry that is "
            + "not an operationId of apiDefinition.swagger.json (a typo, a renamed or deleted operation) means the "
            + "custom code never runs for the operation that was meant.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        // Without a readable swagger object there is nothing to compare with; the swagger's own findings say why.
        if (context.Connector.Swagger is not { Root.Kind: JsonValueKind.Object } swagger
            || !ApiPropertiesElements.TryGetProperties(context.Root, out var properties)
            || !properties.TryGetProperty(ApiPropertiesElements.ScriptOperations, out var scriptOperations))
        {
            return;
        }

        HashSet<string>? operationIds = null;
        foreach (var entry in scriptOperations.EnumerateItems())
        {
            operationIds ??= context.GetValue(OperationIds.Declared);
            if (entry.Kind != JsonValueKind.String || !operationIds.Contains(entry.Value.GetString()!))
            {
                context.Report(Rule, entry.Location, JsonValueText.Show(entry), Path.GetFileName(swagger.Root.File.Path));
            }
        }
    }
}
