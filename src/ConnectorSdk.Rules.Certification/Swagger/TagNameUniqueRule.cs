using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1014: the names of the document's <c>tags</c> are unique.</summary>
internal sealed class TagNameUniqueRule : ConnectorAnalyzer
{
    /// <summary>{0}: the tag name; {1}: the index of its first declaration.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TagNameDuplicate,
        title: "Tag names must be unique",
        messageFormat: "Tag '{0}' is declared again; it is already declared at tags/{1}, and each tag name may be declared once",
        DiagnosticSeverity.Error,
        description: "Each entry of the swagger's top-level 'tags' list declares one tag; two entries with the same name are rejected by the platform's validator.",
        name: "TagRedefined");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!context.Swagger.Root.TryGetProperty("tags", out var tags) || tags.Kind != JsonValueKind.Array)
        {
            return;
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var tag in tags.EnumerateItems())
        {
            if (tag.TryGetProperty("name", out var name) && name.Kind == JsonValueKind.String)
            {
                var value = name.Value.GetString()!;
                if (!first.TryAdd(value, index))
                {
                    context.Report(Rule, name.Location, value, first[value]);
                }
            }

            index++;
        }
    }
}
