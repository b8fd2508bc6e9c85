using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1007: the schemas of all operations together number at most 256 × 16,384 (4,194,304).</summary>
public sealed class TotalSchemaCountRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.TooManySchemas,
        title: "A definition can have at most 4,194,304 schemas in all",
        messageFormat: "The operations under 'paths' have {0} schemas in all ($ref included); a definition can have at most {1} (256 operations × 16,384)",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The platform refuses a definition whose operations together, with every $ref replaced by its definition, hold more schema objects than the operation limit times the per-operation limit.",
        name: "TotalSchemaCountExceedsMaxAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var total = SchemaMeasures.For(context.Swagger).Total;
        if (total > SwaggerLimits.MaxTotalSchemas && context.Swagger.Root.TryGetProperty("paths", out var paths))
        {
            context.Report(Rule, paths.NameLocation, total, SwaggerLimits.MaxTotalSchemas);
        }
    }
}
