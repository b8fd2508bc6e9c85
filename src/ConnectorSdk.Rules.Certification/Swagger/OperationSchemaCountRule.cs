using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1006: the schemas of one operation (parameters and responses, <c>$ref</c> expanded) number at most 16,384.</summary>
public sealed class OperationSchemaCountRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.TooManyOperationSchemas,
        title: "An operation can have at most 16,384 schemas",
        messageFormat: "Operation '{0}' has {1} schemas in its parameters and responses ($ref included); an operation can have at most {2}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The platform refuses an operation whose parameters and responses, with every $ref replaced by its definition, hold more than 16,384 schema objects.",
        name: "OperationSchemaCountExceedsMaxAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var operation in SchemaMeasures.For(context.Swagger).Operations)
        {
            if (operation.Count > SwaggerLimits.MaxSchemasPerOperation)
            {
                context.Report(Rule, operation.Operation.Element.NameLocation, operation.Name, operation.Count, SwaggerLimits.MaxSchemasPerOperation);
            }
        }
    }
}
