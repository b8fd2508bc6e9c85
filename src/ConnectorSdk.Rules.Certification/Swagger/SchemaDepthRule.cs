using System.Globalization;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1008: the schemas of an operation nest no deeper than a threshold, <c>$ref</c> expanded. The
/// platform's limit is not published; the default is <see cref="SwaggerLimits.DefaultMaxSchemaDepth"/>,
/// and <c>connectorsdk.max_schema_depth</c> in .editorconfig changes it.
/// </summary>
public sealed class SchemaDepthRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.SchemaTooDeep,
        title: "Schemas should not nest too deeply",
        messageFormat: "The {0} of operation '{1}' nests {2} levels deep ($ref included); the maximum is {3} (set with {4})",
        RuleCategories.Swagger,
        DiagnosticSeverity.Warning,
        AnalysisMode.Recommended,
        ConnectorKinds.All,
        description: "The platform's validator rejects schemas nested too deeply (SchemaTooDeep) without publishing the limit; flattening deep or recursive structures keeps the designer usable.",
        name: "SchemaTooDeep");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var maximum = MaximumDepth(context);
        foreach (var operation in SchemaMeasures.For(context.Swagger).Operations)
        {
            foreach (var schema in operation.Schemas)
            {
                if (schema.Depth > maximum)
                {
                    context.Report(Rule, schema.Location, schema.Description, operation.Name, schema.Depth, maximum, SwaggerLimits.MaxSchemaDepthKey);
                }
            }
        }
    }

    /// <summary>The configured threshold when it is a positive whole number, else the default.</summary>
    private static int MaximumDepth(SwaggerContext context)
        => context.Options.TryGetValue(context.Swagger.Root.File, SwaggerLimits.MaxSchemaDepthKey, out var value)
            && int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var configured) && configured > 0
                ? configured
                : SwaggerLimits.DefaultMaxSchemaDepth;
}
