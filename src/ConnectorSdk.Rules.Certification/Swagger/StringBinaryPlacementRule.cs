using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1114: a file's content (<c>"type": "string", "format": "binary"</c>) is a whole request body or a form data
/// parameter, not a property or an item inside a request's schema (<see cref="InputSchemas"/>), nor a query, header or path
/// parameter. Responses are left alone: a binary response schema is how an action returns a file. A warning: certified
/// connectors accepted in 2024 have binary properties in JSON bodies.
/// </summary>
public sealed class StringBinaryPlacementRule : ConnectorAnalyzer
{
    private const string Title = "A string with format binary should be a whole body or a form data parameter";

    private const string Description = "The swagger validator says a string/binary schema \"can only be at the top level of a body or formData parameter\" (InvalidStringBinaryProperty): the platform sends a file as the raw body or as a form part, and cannot put raw bytes inside JSON. Certified connectors accepted as late as 2024 have binary properties in JSON bodies, so this is a warning.";

    /// <summary>{0}: the schema. Reported at the format.</summary>
    public static readonly DiagnosticDescriptor Nested = Create("The {0} is a string with format \"binary\" inside a request's schema; raw file content can only be a whole body or a form data parameter: make it the body's schema, send it as form data, or use format \"byte\" (base64 text)");

    /// <summary>{0}: the parameter. Reported at the format.</summary>
    public static readonly DiagnosticDescriptor Parameter = Create("Parameter {0} is a string with format \"binary\"; raw file content can only be a whole body or a form data parameter: make it \"in\": \"formData\", or a body whose schema is the binary string");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Nested, Parameter];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema, SwaggerNodeKind.Parameter);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.StringBinaryMisplaced, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended, name: "InvalidStringBinaryProperty");

    private static void Analyze(SwaggerNodeContext context)
    {
        if (!SchemaNodes.TryGetType(context, out var type) || type != "string" || !context.Value.TryGetProperty("format"u8, out var format)
            || format.ValueKind != JsonValueKind.String || !format.ValueEquals("binary"u8))
        {
            return;
        }

        if (context.Kind == SwaggerNodeKind.Parameter)
        {
            if (Parameters.GetString(context.Value, "in"u8) is { } location && location != "formData")
            {
                context.Report(Parameter, SchemaNodes.Locate(context, "format"), Parameters.Describe(context.Value));
            }
        }
        else if (IsNested(context.Path) && InputSchemas.Contains(context))
        {
            context.Report(Nested, SchemaNodes.Locate(context, "format"), SchemaNodes.Describe(context.Path));
        }
    }

    /// <summary>Whether the schema is a property, an item or an additional property of another schema.</summary>
    private static bool IsNested(JsonPath path)
    {
        var last = path.Depth - 1;
        return path.NameEquals(last, "items"u8) || path.NameEquals(last, "additionalProperties"u8)
            || (last > 0 && (path.NameEquals(last - 1, "properties"u8) || (path.Index(last) >= 0 && path.NameEquals(last - 1, "items"u8))));
    }
}
