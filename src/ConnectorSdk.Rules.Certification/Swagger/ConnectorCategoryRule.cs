using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1044: every category is one of the 19 allowed values (letter case aside: that is PPC1046).</summary>
public sealed class ConnectorCategoryRule : ConnectorAnalyzer
{
    /// <summary>{0}: what is wrong; {1}: the allowed categories.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ConnectorCategoryUnknown,
        "Connector categories must come from the allowed list",
        "{0}; categories are separated by ';' and each is one of: {1}",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.Certification,
        "The validator rejects a category outside its list (InvalidConnectorCategory).",
        name: "InvalidConnectorCategory");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var allowed = string.Join(", ", ValueLists.Categories);
        foreach (var item in ConnectorMetadata.Find(context.Swagger.Root, ConnectorMetadata.Categories))
        {
            if (!item.TryGetValue(out var value) || value.Kind == JsonValueKind.Null)
            {
                continue; // PPC1042
            }

            if (value.Kind != JsonValueKind.String)
            {
                context.Report(Rule, value.Location, $"Categories is {JsonKindNames.Describe(value.Kind)}, not a string", allowed);
                continue;
            }

            var unknown = ConnectorMetadata.Split(value.Value.GetString() ?? "").Where(category => ConnectorMetadata.MatchCategory(category) is null).ToList();
            if (unknown.Count > 0)
            {
                var what = unknown.Count == 1 ? "category" : "categories";
                context.Report(Rule, value.Location, $"Unknown {what} {ValueLists.Quote(unknown)} in Categories \"{value.Value.GetString()}\"", allowed);
            }
        }
    }
}
