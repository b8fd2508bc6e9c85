using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1106: a property of a schema a request carries (<see cref="InputSchemas"/>) that is internal and has a default
/// is required (in the schema's composition), or the platform leaves it out of the request. A property written as a
/// <c>$ref</c> declares nothing of its own. The same on a non-body parameter is PPC1142's warning.
/// </summary>
public sealed class InternalPropertyRequiredRule : ConnectorAnalyzer
{
    /// <summary>{0}: the property; {1}: the schema holding it. Reported at the property's name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.InternalPropertyNotRequired,
        "An internal property with a default must be required",
        "Property '{0}' of the {1} is internal and has a default but is not required; the platform leaves optional internal properties out of the request: add it to required",
        DiagnosticSeverity.Error,
        "Users never see an internal property, so only its default can fill it, and the platform sends that default only for required properties. The swagger validator rejects an optional internal property with a default (PropertyMustBeRequired: \"Optional internal fields are ignored\").",
        name: "PropertyMustBeRequired");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.DeclaresKeywords(context) || !context.Value.TryGetProperty("properties"u8, out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        SchemaComposition? composition = null;
        foreach (var property in properties.EnumerateObject())
        {
            if (IsInternalWithDefault(property.Value) && InputSchemas.Contains(context)
                && !(composition ??= SchemaComposition.Of(context)).Requires(property.Name) && context.Node.TryGetProperty("properties", out var located))
            {
                context.Report(Rule, located.Member(property).NameLocation, property.Name, SchemaNodes.Describe(context.Path));
            }
        }
    }

    private static bool IsInternalWithDefault(JsonElement property)
        => Visibility.IsInternal(property) && property.TryGetProperty("default"u8, out _) && !property.TryGetProperty("$ref"u8, out _);
}
