using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1005: a body parameter's schema, <c>$ref</c> expanded, has at most 512 schema objects.</summary>
public sealed class BodySchemaCountRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.TooManyBodySchemas,
        title: "A request body can have at most 512 schemas",
        messageFormat: "The {0} of operation '{1}' expands to {2} schemas ($ref included); a body can have at most {3}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The platform refuses a body parameter whose schema, with every $ref replaced by its definition, holds more than 512 schema objects (the schema itself, its properties, items and what they nest).",
        name: "BodySchemaCountExceedsMaxAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var operation in SchemaMeasures.For(context.Swagger).Operations)
        {
            foreach (var schema in operation.Schemas)
            {
                if (schema.IsBody && schema.Count > SwaggerLimits.MaxSchemasPerBody)
                {
                    context.Report(Rule, schema.Location, schema.Description, operation.Name, schema.Count, SwaggerLimits.MaxSchemasPerBody);
                }
            }
        }
    }
}
