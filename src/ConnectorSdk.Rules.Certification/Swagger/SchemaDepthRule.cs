using ConnectorSdk.Analysis;
using static ConnectorSdk.Rules.Certification.Swagger.SwaggerLimits;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1008: the schemas of an operation nest no deeper than a threshold, <c>$ref</c> expanded. The
/// platform's limit is not published; the default is <see cref="DefaultMaxSchemaDepth"/>,
/// and <c>connectorsdk.max_schema_depth</c> in .editorconfig changes it.
/// </summary>
internal sealed class SchemaDepthRule : ConnectorAnalyzer
{
    private const string Title = "Schemas should not nest too deeply";

    private const string Description = "The platform's validator rejects schemas nested too deeply (SchemaTooDeep) without publishing the limit; flattening deep or recursive structures keeps the designer usable.";

    /// <summary>{0}: the body parameter; {1}: the operation; {2}: the depth; {3}: the maximum.</summary>
    public static readonly DiagnosticDescriptor Body = Create($"The body parameter '{{0}}' of operation '{{1}}' nests {{2}} levels deep ($ref included); the maximum is {{3}} (set with {MaxSchemaDepthKey})");

    /// <summary>{0}: the parameter; {1}: the operation; {2}: the depth; {3}: the maximum.</summary>
    public static readonly DiagnosticDescriptor Parameter = Create($"The parameter '{{0}}' of operation '{{1}}' nests {{2}} levels deep ($ref included); the maximum is {{3}} (set with {MaxSchemaDepthKey})");

    /// <summary>{0}: the status code; {1}: the operation; {2}: the depth; {3}: the maximum.</summary>
    public static readonly DiagnosticDescriptor Response = Create($"The response '{{0}}' of operation '{{1}}' nests {{2}} levels deep ($ref included); the maximum is {{3}} (set with {MaxSchemaDepthKey})");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Body, Parameter, Response];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.SchemaTooDeep, Title, messageFormat, DiagnosticSeverity.Warning, Description, mode: AnalysisMode.Recommended, name: "SchemaTooDeep");

    private static void Analyze(SwaggerContext context)
    {
        var maximum = ReadPositive(context, context.Swagger.Root.File, MaxSchemaDepthKey, DefaultMaxSchemaDepth);
        foreach (var operation in context.GetValue(SchemaMeasures.Provider).Operations)
        {
            foreach (var schema in operation.Schemas)
            {
                if (schema.Depth > maximum)
                {
                    var descriptor = schema.IsResponse ? Response : schema.IsBody ? Body : Parameter;
                    context.Report(descriptor, schema.Location, schema.OwnerName, operation.Name, schema.Depth, maximum);
                }
            }
        }
    }
}
