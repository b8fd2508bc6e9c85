using ConnectorSdk.Analysis;
using static System.FormattableString;
using static ConnectorSdk.Rules.Certification.Swagger.SwaggerLimits;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1005: a body parameter's schema, <c>$ref</c> expanded, has at most <see cref="MaxSchemasPerBody"/> schema objects.</summary>
internal sealed class BodySchemaCountRule : ConnectorAnalyzer
{
    /// <summary>{0}: the body parameter; {1}: the operation; {2}: its schema objects.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TooManyBodySchemas,
        title: Invariant($"A request body can have at most {MaxSchemasPerBody:N0} schemas"),
        messageFormat: Invariant($"The body parameter '{{0}}' of operation '{{1}}' expands to {{2}} schemas ($ref included); a body can have at most {MaxSchemasPerBody}"),
        DiagnosticSeverity.Error,
        description: Invariant($"The platform refuses a body parameter whose schema, with every $ref replaced by its definition, holds more than {MaxSchemasPerBody:N0} schema objects (the schema itself, its properties, items and what they nest)."),
        name: "BodySchemaCountExceedsMaxAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var operation in context.GetValue(SchemaMeasures.Provider).Operations)
        {
            foreach (var schema in operation.Schemas)
            {
                if (schema.IsBody && schema.Count > MaxSchemasPerBody)
                {
                    context.Report(Rule, schema.Location, schema.OwnerName, operation.Name, schema.Count);
                }
            }
        }
    }
}
