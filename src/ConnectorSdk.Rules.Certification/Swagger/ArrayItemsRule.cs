using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1112: an array schema, items object or header says what it holds (<c>items</c>). An array parameter without
/// items is PPC1002's (OpenAPI 2.0 requires them there).
/// </summary>
public sealed class ArrayItemsRule : ConnectorAnalyzer
{
    /// <summary>{0}: the element.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ArrayWithoutItems,
        "Array schemas must define items",
        "The {0} is of type 'array' but has no 'items'; say what the array holds, e.g. \"items\": {{ \"type\": \"string\" }}",
        DiagnosticSeverity.Error,
        "The swagger validator rejects an array schema without items (ArrayHasNoItems): the designer cannot show the array's values or let a flow loop over them without knowing what they are.",
        name: "ArrayHasNoItems");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterSwaggerNodeAction(Analyze, SwaggerNodeKind.Schema, SwaggerNodeKind.Items, SwaggerNodeKind.Header);

    private static void Analyze(SwaggerNodeContext context)
    {
        if (SchemaNodes.TryGetType(context, out var type) && type == "array" && !context.Value.TryGetProperty("items"u8, out _))
        {
            context.Report(Rule, SchemaNodes.Locate(context, "type"), SchemaNodes.Describe(context.Path));
        }
    }
}
