using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1116: <c>"x-ms-editor": "dictionary"</c> only on a schema of type object that allows additional properties; a
/// schema written as a <c>$ref</c> is checked as what it refers to. Other editors are left alone.
/// </summary>
public sealed class DictionaryEditorRule : ConnectorAnalyzer
{
    private const string Title = "x-ms-editor \"dictionary\" is only for object schemas with additionalProperties";

    private const string Description = "The dictionary editor lets users enter any number of key/value pairs: it needs an object whose additional properties are allowed and describe the values. The swagger validator rejects it on any other schema (InvalidCustomEditorExtensionDictionaryValue).";

    /// <summary>{0}: the schema; {1}: its type as JSON, or "no type". Reported at the extension's value.</summary>
    public static readonly DiagnosticDescriptor NotObject = Create("The {0} has x-ms-editor \"dictionary\" but its type is {1}; the dictionary editor needs \"type\": \"object\" with additionalProperties, or remove x-ms-editor");

    /// <summary>{0}: the schema. Reported at the extension's value.</summary>
    public static readonly DiagnosticDescriptor AdditionalPropertiesMissing = Create("The {0} has x-ms-editor \"dictionary\" but does not allow additionalProperties; add the values' schema, e.g. \"additionalProperties\": {{ \"type\": \"string\" }}, or remove x-ms-editor");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotObject, AdditionalPropertiesMissing];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, SwaggerNodeKind.Schema);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.DictionaryEditorMisplaced, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "InvalidCustomEditorExtensionDictionaryValue");

    private static void Analyze(SwaggerMemberContext context)
    {
        if (!context.Member.NameEquals("x-ms-editor"u8) || context.Member.Value.ValueKind != JsonValueKind.String || !context.Member.Value.ValueEquals("dictionary"u8)
            || !context.Swagger.TryResolve(context.Owner, out var schema) || schema.Kind != JsonValueKind.Object)
        {
            return;
        }

        if (!schema.TryGetProperty("type", out var type) || type.Kind != JsonValueKind.String || !type.Value.ValueEquals("object"u8))
        {
            context.Report(NotObject, context.Element.Location, SchemaNodes.Describe(context.Path), schema.TryGetProperty("type", out type) ? JsonValueText.Show(type) : "not given");
        }
        else if (!schema.Value.TryGetProperty("additionalProperties"u8, out var additional) || additional.ValueKind == JsonValueKind.False)
        {
            context.Report(AdditionalPropertiesMissing, context.Element.Location, SchemaNodes.Describe(context.Path));
        }
    }
}
