using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1137: a schema property says something about its value (a type, a <c>$ref</c>, properties, items, ...), unless
/// its object lists it in <c>required</c>. An empty <c>properties</c> map is not reported: <c>"properties": {}</c> on
/// an object describes a free-form object, as the designers' own editor writes it.
/// </summary>
public sealed class EmptyPropertyRule : ConnectorAnalyzer
{
    /// <summary>{0}: the property. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.EmptyProperty,
        "Remove empty properties unless they are required",
        "The {0} says nothing about its value (no type, $ref, properties or items); give it a type, or remove it if the object does not need it",
        DiagnosticSeverity.Warning,
        "The certification guide asks to remove empty properties unless they are required: the designers show such a property as a field or an output of no known type, which users cannot fill in or use. Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema);

    private static void Analyze(SwaggerNodeContext context)
    {
        // A verified-publisher submission rule: Microsoft's own connectors are not held to it.
        if (context.Connector.IsMicrosoftPublished || !SchemaNodes.DescribesNothing(context.Value))
        {
            return;
        }

        var path = context.Path;
        var step = path.Depth - 1;
        if (step >= 2 && path.Name(step) is { } name && path.NameEquals(step - 1, "properties"u8) && !IsRequired(path.Value(step - 2), name))
        {
            context.Report(Rule, context.Node.NameLocation, SchemaNodes.Describe(path));
        }
    }

    private static bool IsRequired(JsonElement owner, string name)
        => owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty("required"u8, out var required) && required.ValueKind == JsonValueKind.Array
            && required.EnumerateArray().Any(entry => entry.ValueKind == JsonValueKind.String && entry.ValueEquals(name));
}
