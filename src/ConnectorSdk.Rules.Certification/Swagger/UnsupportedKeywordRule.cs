using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1020: JSON-schema keywords the platform does not support (by default <c>uniqueItems</c>) are not
/// used in schemas, parameters, their items or response headers. The list is configurable.
/// </summary>
public sealed class UnsupportedKeywordRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the default keywords (comma-separated).</summary>
    public const string KeywordsKey = ValueLists.UnsupportedKeywordsKey;

    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.UnsupportedKeyword,
        title: "Unsupported JSON-schema keyword",
        messageFormat: "Keyword '{0}' is not supported by the connector platform; remove it from this {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Warning,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "Some keywords of OpenAPI 2.0 / JSON Schema are not supported by Power Platform connectors and are reported by the swagger validator; the platform ignores them, so the constraint they express is not enforced.",
        name: "SwaggerKeywordNotSupported");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context)
    {
        context.RegisterSchemaAction(c => Check(c, c.Schema, "schema"));
        context.RegisterParameterAction(c =>
        {
            foreach (var element in SimpleTypeObjects.Of(c.Parameter.Element))
            {
                Check(c, element, element.Pointer == c.Parameter.Element.Pointer ? "parameter" : "items object");
            }
        });
        context.RegisterResponseAction(c =>
        {
            foreach (var element in SimpleTypeObjects.HeadersOf(c.Response.Element))
            {
                Check(c, element, "header");
            }
        });
    }

    private static void Check(ConnectorContext context, SourceElement owner, string what)
    {
        if (owner.Kind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var keyword in ValueLists.Read(context, owner.File, KeywordsKey, ValueLists.UnsupportedKeywords))
        {
            if (owner.TryGetProperty(keyword, out var member))
            {
                context.Report(Rule, member.NameLocation, keyword, what);
            }
        }
    }
}
