using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2022: a connector whose apiProperties.json has <c>scriptOperations</c> has its script.csx.</summary>
internal sealed class ScriptFileMissingRule : ConnectorAnalyzer
{
    /// <summary>{0}: the script's conventional file name. Reported on the <c>scriptOperations</c> name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ScriptFileMissing,
        "A connector with scriptOperations must have its script file",
        "'scriptOperations' sends operations through custom code, but the connector has no {0}; add the script, or remove 'scriptOperations' if the connector has no custom code",
        DiagnosticSeverity.Error,
        "properties.scriptOperations lists the operations that run through the connector's custom code (an empty list: every "
            + "operation). The code is script.csx beside apiProperties.json: paconn uploads it with --script, and certification asks "
            + "for it (\"submit a script.csx file if you're using custom code\"). Without it the operations cannot run as declared.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        if (ApiPropertiesElements.TryGetProperties(context.Root, out var properties)
            && properties.TryGetProperty(ApiPropertiesElements.ScriptOperations, out var scriptOperations)
            && scriptOperations.Kind == JsonValueKind.Array
            && context.Connector.GetFile(ConnectorFileKind.Script) is null)
        {
            context.Report(Rule, scriptOperations.NameLocation, ConnectorFile.ConventionalName(ConnectorFileKind.Script));
        }
    }
}
