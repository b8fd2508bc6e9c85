using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1098: a body parameter describes its value with a schema and nothing else (no type, format, items, validation
/// keywords...); any other parameter has no schema. Which members are "type-like" is the metamodel's: the fixed
/// fields of a parameter object beyond the ones a body parameter uses.
/// </summary>
public sealed class BodyParameterSchemaRule : ConnectorAnalyzer
{
    private const string Title = "A body parameter needs a schema and only a schema; other parameters have none";

    private const string Description = "In OpenAPI 2.0 a body parameter's value is described by its \"schema\", other parameters' by \"type\", \"items\" and the validation keywords. The swagger validator rejects a body parameter without a schema (BodyParameterSchemaRequired) or with another parameter's keywords (BodyParameterPropertyNotValid), and a schema on another parameter (NonBodyParameterSchemaNotValid).";

    /// <summary>The members a body parameter object may have besides extensions.</summary>
    private static readonly string[] BodyFields = ["name", "in", "description", "required", "schema"];

    /// <summary>{0}: the parameter. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor SchemaMissing = Create("Body parameter {0} has no schema; describe the request body with \"schema\"");

    /// <summary>{0}: the parameter; {1}: the member. Reported at the member's name.</summary>
    public static readonly DiagnosticDescriptor PropertyNotValid = Create("Body parameter {0} has '{1}', which a body parameter cannot have: describe the body in its \"schema\" only");

    /// <summary>{0}: the parameter. Reported at the schema's name.</summary>
    public static readonly DiagnosticDescriptor SchemaNotAllowed = Create("Parameter {0} has a schema, which only a body parameter may have: describe it with \"type\" (and \"items\" for an array)");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [SchemaMissing, PropertyNotValid, SchemaNotAllowed];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerNodeContext context)
    {
        var parameter = context.Value;
        if (Parameters.GetString(parameter, "in"u8) is not { } location)
        {
            return;
        }

        if (location != Parameters.Body)
        {
            if (parameter.TryGetProperty("schema"u8, out _) && context.Node.TryGetProperty("schema"u8, out var schema))
            {
                context.Report(SchemaNotAllowed, schema.NameLocation, Parameters.Describe(parameter));
            }

            return;
        }

        if (!parameter.TryGetProperty("schema"u8, out _))
        {
            context.Report(SchemaMissing, Parameters.Locate(context.Node), Parameters.Describe(parameter));
        }

        foreach (var member in parameter.EnumerateObject())
        {
            if (context.Model.TryGetField(member, out var field) && field.IsFixed && !BodyFields.Contains(field.Name))
            {
                context.Report(PropertyNotValid, context.Node.Member(member).NameLocation, Parameters.Describe(parameter), field.Name);
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.BodyParameterSchema, Title, messageFormat, DiagnosticSeverity.Error, Description, name: "BodyParameterSchemaRequired");
}
