using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1110: a schema a request carries (<see cref="InputSchemas"/>) does not require a property that is
/// <c>readOnly</c> (the property's schema, references followed, found in the schema's composition). Output schemas are
/// left alone: there a read-only property may well be required.
/// </summary>
public sealed class ReadOnlyRequiredRule : ConnectorAnalyzer
{
    /// <summary>{0}: the schema; {1}: the property. Reported at the name in required.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ReadOnlyPropertyRequired,
        "An input property cannot be both readOnly and required",
        "The {0} is part of a request and requires '{1}', which is readOnly: users cannot give a value the request must have; remove it from required, or make it writable",
        DiagnosticSeverity.Error,
        "A readOnly property is sent by the service, never by the client, so the designer does not let users enter it; a request that requires it can never be complete. The swagger validator rejects such an input (RequiredReadOnlyPropertyNotAllowedAsInput). In a response, a required readOnly property is fine.",
        name: "RequiredReadOnlyPropertyNotAllowedAsInput");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.DeclaresKeywords(context) || !context.Value.TryGetProperty("required"u8, out var required) || required.ValueKind != JsonValueKind.Array
            || required.GetArrayLength() == 0 || !InputSchemas.Contains(context))
        {
            return;
        }

        var composition = SchemaComposition.Of(context);
        var index = 0;
        foreach (var name in required.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String && composition.TryGetProperty(name.GetString()!, out var property) && property.ValueKind == JsonValueKind.Object
                && property.TryGetProperty("readOnly"u8, out var readOnly) && readOnly.ValueKind == JsonValueKind.True && context.Node.TryGetProperty("required", out var list))
            {
                context.Report(Rule, list.Item(name, index).Location, SchemaNodes.Describe(context.Path), name.GetString());
            }

            index++;
        }
    }
}
