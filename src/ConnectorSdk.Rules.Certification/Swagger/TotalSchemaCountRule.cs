using ConnectorSdk.Analysis;
using static System.FormattableString;
using static ConnectorSdk.Rules.Certification.Swagger.SwaggerLimits;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1007: the schemas of all operations together number at most <see cref="MaxTotalSchemas"/> (the operation limit times the per-operation limit).</summary>
internal sealed class TotalSchemaCountRule : ConnectorAnalyzer
{
    /// <summary>{0}: the schema objects of every operation.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TooManySchemas,
        title: Invariant($"A definition can have at most {MaxTotalSchemas:N0} schemas in all"),
        messageFormat: Invariant($"The operations under 'paths' have {{0}} schemas in all ($ref included); a definition can have at most {MaxTotalSchemas} ({MaxOperations} operations × {MaxSchemasPerOperation:N0})"),
        DiagnosticSeverity.Error,
        description: "The platform refuses a definition whose operations together, with every $ref replaced by its definition, hold more schema objects than the operation limit times the per-operation limit.",
        name: "TotalSchemaCountExceedsMaxAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var total = context.GetValue(SchemaMeasures.Provider).Total;
        if (total > MaxTotalSchemas && context.Swagger.Root.TryGetProperty("paths", out var paths))
        {
            context.Report(Rule, paths.NameLocation, total);
        }
    }
}
