using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1020: JSON-schema keywords the platform does not support (by default <c>uniqueItems</c>) are not
/// used in schemas, parameters, their items or response headers. The list is configurable. A keyword set to
/// <c>false</c> (<c>"uniqueItems": false</c>, most of the uses in published connectors) constrains nothing and is not reported.
/// </summary>
internal sealed class UnsupportedKeywordRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the default keywords (comma-separated).</summary>
    public const string KeywordsKey = ValueLists.UnsupportedKeywordsKey;

    /// <summary>{0}: the keyword; {1}: the kind of object that holds it (schema, parameter, items object, header).</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.UnsupportedKeyword,
        title: "Unsupported JSON-schema keyword",
        messageFormat: "Keyword '{0}' is not supported by the connector platform; remove it from this {1}",
        DiagnosticSeverity.Warning,
        description: "Some keywords of OpenAPI 2.0 / JSON Schema are not supported by Power Platform connectors and are reported by the swagger validator; the platform ignores them, so the constraint they express is not enforced.",
        name: "SwaggerKeywordNotSupported");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var keywords = new ConfiguredList(KeywordsKey, ValueLists.UnsupportedKeywords);
        start.RegisterSchemaAction(c => Check(c, c.Schema, "schema", keywords));
        start.RegisterParameterAction(c =>
        {
            foreach (var element in SimpleTypeObjects.Of(c.Parameter.Element))
            {
                Check(c, element, element.Pointer == c.Parameter.Element.Pointer ? "parameter" : "items object", keywords);
            }
        });
        start.RegisterResponseAction(c =>
        {
            foreach (var element in SimpleTypeObjects.HeadersOf(c.Response.Element))
            {
                Check(c, element, "header", keywords);
            }
        });
    });

    private static void Check(ConnectorContext context, SourceElement owner, string what, ConfiguredList keywords)
    {
        if (owner.Kind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var keyword in keywords.For(context, owner.File))
        {
            if (owner.TryGetProperty(keyword, out var member) && member.Kind != JsonValueKind.False)
            {
                context.Report(Rule, member.NameLocation, keyword, what);
            }
        }
    }
}
