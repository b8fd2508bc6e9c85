using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1111: a schema's <c>required</c> lists at least one name, and each name is a property the schema defines, with
/// the schemas it is composed with (<see cref="SchemaComposition"/>). Left alone: a schema written as a <c>$ref</c> (its
/// siblings are ignored), one of a type other than object (PPC1144's warning), and one whose properties are open
/// (additionalProperties, or a dynamic schema).
/// </summary>
public sealed class RequiredPropertiesRule : ConnectorAnalyzer
{
    private const string Title = "required must list properties the object schema defines";

    private const string Description = "The swagger validator rejects an empty required (RequiredPropertyArrayEmpty) and a required name that the object schema does not define in its properties (RequiredPropertyDefinitionMissing): the designer marks the inputs users must fill in from this list.";

    /// <summary>{0}: the schema. Reported at required.</summary>
    public static readonly DiagnosticDescriptor Empty = Create("The {0} has an empty required; remove it, or list the properties users must give");

    /// <summary>{0}: the schema; {1}: the name. Reported at the name.</summary>
    public static readonly DiagnosticDescriptor NotDefined = Create("The {0} requires '{1}', which its properties do not define; add the property, or remove the name from required");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Empty, NotDefined];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.RequiredPropertyNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "RequiredPropertyDefinitionMissing");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.DeclaresKeywords(context) || !context.Value.TryGetProperty("required"u8, out var required) || required.ValueKind != JsonValueKind.Array
            || (context.Value.TryGetProperty("type"u8, out var type) && !(type.ValueKind == JsonValueKind.String && type.ValueEquals("object"u8))))
        {
            return;
        }

        if (required.GetArrayLength() == 0)
        {
            context.Report(Empty, SchemaNodes.Locate(context, "required"), SchemaNodes.Describe(context.Path));
            return;
        }

        var composition = SchemaComposition.Of(context);
        if (composition.IsOpen || !context.Node.TryGetProperty("required", out var list))
        {
            return;
        }

        var index = 0;
        foreach (var name in required.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String && !composition.TryGetProperty(name.GetString()!, out _))
            {
                context.Report(NotDefined, list.Item(name, index).Location, SchemaNodes.Describe(context.Path), name.GetString());
            }

            index++;
        }
    }
}
