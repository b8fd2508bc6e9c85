using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1144: <c>required</c> only on object schemas. A warning: the validator words it "should be removed", and certified
/// connectors accepted in 2023 have body arrays with <c>"required": ["items"]</c>, as the custom connector wizard writes
/// them.
/// </summary>
public sealed class RequiredOnNonObjectRule : ConnectorAnalyzer
{
    /// <summary>{0}: the schema; {1}: its type as JSON. Reported at required.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.RequiredNotOnObject,
        "required should be only on object schemas",
        "The {0} is of type {1} but has required, which only object schemas have; remove it (for an array, put required on the schema of its items)",
        DiagnosticSeverity.Warning,
        "Only the properties of an object can be required. The swagger validator says a required on another type \"should be removed\" (RequiredPropertyNotOnObject); certified connectors have it on body arrays, so this is a warning.",
        mode: AnalysisMode.Recommended,
        name: "RequiredPropertyNotOnObject");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (SchemaNodes.TryGetType(context, out var type) && type != "object" && context.Value.TryGetProperty("required"u8, out var required) && required.ValueKind == JsonValueKind.Array
            && context.Node.TryGetProperty("type", out var located))
        {
            context.Report(Rule, SchemaNodes.Locate(context, "required"), SchemaNodes.Describe(context.Path), JsonValueText.Show(located));
        }
    }
}
