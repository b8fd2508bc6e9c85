using ConnectorSdk.Analysis;
using static System.FormattableString;
using static ConnectorSdk.Rules.Certification.Swagger.SwaggerLimits;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1006: the schemas of one operation (parameters and responses, <c>$ref</c> expanded) number at most <see cref="MaxSchemasPerOperation"/>.</summary>
internal sealed class OperationSchemaCountRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation; {1}: its schema objects.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TooManyOperationSchemas,
        title: Invariant($"An operation can have at most {MaxSchemasPerOperation:N0} schemas"),
        messageFormat: Invariant($"Operation '{{0}}' has {{1}} schemas in its parameters and responses ($ref included); an operation can have at most {MaxSchemasPerOperation}"),
        DiagnosticSeverity.Error,
        description: Invariant($"The platform refuses an operation whose parameters and responses, with every $ref replaced by its definition, hold more than {MaxSchemasPerOperation:N0} schema objects."),
        name: "OperationSchemaCountExceedsMaxAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var operation in context.GetValue(SchemaMeasures.Provider).Operations)
        {
            if (operation.Count > MaxSchemasPerOperation)
            {
                context.Report(Rule, operation.Operation.Element.NameLocation, operation.Name, operation.Count);
            }
        }
    }
}
