using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1113: a schema's <c>discriminator</c> names a property that the schema, with the schemas it is composed with
/// (<see cref="SchemaComposition"/>), defines, requires, and types as a string (references followed). A discriminator
/// that is not a string is left alone.
/// </summary>
public sealed class DiscriminatorRule : ConnectorAnalyzer
{
    private const string Title = "A discriminator must name a required string property";

    private const string Description = "OpenAPI 2.0 tells the schema a value has from the discriminator property, whose value names it: the property must be there in every value, and be a string. The swagger validator rejects any other discriminator (DiscriminatorMustBeARequiredStringProperty).";

    private const string Expected = "the discriminator must name a property that is required and of type string";

    /// <summary>{0}: the schema; {1}: the name. Reported at the discriminator.</summary>
    public static readonly DiagnosticDescriptor NotDefined = Create($"The discriminator of {{0}} is '{{1}}', which its properties do not define; {Expected}");

    /// <summary>{0}: the schema; {1}: the name. Reported at the discriminator.</summary>
    public static readonly DiagnosticDescriptor NotRequired = Create($"The discriminator of {{0}} is '{{1}}', which is not required; add it to required ({Expected})");

    /// <summary>{0}: the schema; {1}: the name; {2}: the property's type as JSON, or "not given". Reported at the discriminator.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"The discriminator of {{0}} is '{{1}}', whose type is {{2}}; {Expected}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotDefined, NotRequired, NotString];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DiscriminatorNotValid, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "DiscriminatorMustBeARequiredStringProperty");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.DeclaresKeywords(context) || !context.Value.TryGetProperty("discriminator"u8, out var discriminator) || discriminator.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var name = discriminator.GetString()!;
        var composition = SchemaComposition.Of(context);
        var location = SchemaNodes.Locate(context, "discriminator");
        var schema = SchemaNodes.Describe(context.Path);
        if (!composition.TryGetProperty(name, out var property))
        {
            context.Report(NotDefined, location, schema, name);
        }
        else if (!composition.Requires(name))
        {
            context.Report(NotRequired, location, schema, name);
        }
        else if (!(property.ValueKind == JsonValueKind.Object && property.TryGetProperty("type"u8, out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("string"u8)))
        {
            context.Report(NotString, location, schema, name, property.ValueKind == JsonValueKind.Object && property.TryGetProperty("type"u8, out type) ? type.GetRawText() : "not given");
        }
    }
}
