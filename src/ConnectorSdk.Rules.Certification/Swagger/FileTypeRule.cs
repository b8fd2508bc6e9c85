using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1097: type "file" is only for form data parameters and a response's own schema. A definition is left alone: a
/// response may refer to it as its schema.
/// </summary>
public sealed class FileTypeRule : ConnectorAnalyzer
{
    private const string Title = "Type \"file\" is only for form data parameters and a response's schema";

    private const string Description = "OpenAPI 2.0 and the swagger validator allow type \"file\" only on a parameter \"in\": \"formData\" (FileParameterMustBeInFormData) and on the schema of a response itself (SchemaTypeFileNotValid); a file elsewhere is rejected. A binary body is a body parameter whose schema is {\"type\": \"string\", \"format\": \"binary\"}.";

    /// <summary>{0}: the parameter. Reported at the type.</summary>
    public static readonly DiagnosticDescriptor Parameter = Create("Parameter {0} has type \"file\", which only form data parameters may have: make it \"in\": \"formData\", or send a body whose schema is a string with format \"binary\"");

    /// <summary>{0}: the schema's JSON pointer. Reported at the type.</summary>
    public static readonly DiagnosticDescriptor Schema = Create("Schema '{0}' has type \"file\", which only a response's own schema may have: use a string with format \"binary\"");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Parameter, Schema];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter, SwaggerNodeKind.Schema);

    private static void Analyze(SwaggerNodeContext context)
    {
        var value = context.Value;
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("type"u8, out var type) || type.ValueKind != JsonValueKind.String || !type.ValueEquals("file"u8))
        {
            return;
        }

        if (context.Kind == SwaggerNodeKind.Parameter)
        {
            if (Parameters.GetString(value, "in"u8) is { } location && location != "formData")
            {
                context.Report(Parameter, TypeOf(context), Parameters.Describe(value));
            }
        }
        else if (!IsResponseSchema(context.Path) && !IsDefinition(context.Path))
        {
            context.Report(Schema, TypeOf(context), context.Node.Pointer);
        }
    }

    /// <summary>A response's <c>schema</c>, in an operation or the document's <c>responses</c>: <c>.../responses/{code}/schema</c>.</summary>
    private static bool IsResponseSchema(JsonPath path)
        => path.Depth >= 3 && path.NameEquals(path.Depth - 1, "schema"u8) && path.NameEquals(path.Depth - 3, "responses"u8);

    /// <summary>An entry of the document's <c>definitions</c>.</summary>
    private static bool IsDefinition(JsonPath path) => path.Depth == 2 && path.NameEquals(0, "definitions"u8);

    private static Location TypeOf(SwaggerNodeContext context) => context.Node.TryGetProperty("type"u8, out var type) ? type.Location : context.Node.Location;

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.FileTypeMisplaced, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "FileParameterMustBeInFormData");
}
