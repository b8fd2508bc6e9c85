using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1044: every category is one of the 19 allowed values (letter case aside: that is PPC1046).</summary>
internal sealed class ConnectorCategoryRule : ConnectorAnalyzer
{
    private const string Title = "Connector categories must come from the allowed list";

    private const string Description = "The validator rejects a category outside its list (InvalidConnectorCategory).";

    private const string Name = "InvalidConnectorCategory";

    private static readonly string Allowed = $"categories are separated by ';' and each is one of: {string.Join(", ", ValueLists.Categories)}";

    /// <summary>{0}: the value's JSON type.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"Categories is {{0}}, not a string; {Allowed}");

    /// <summary>{0}: the unknown category; {1}: the Categories value.</summary>
    public static readonly DiagnosticDescriptor Unknown = Create($"Unknown category '{{0}}' in Categories \"{{1}}\"; {Allowed}");

    /// <summary>{0}: the unknown categories; {1}: the Categories value.</summary>
    public static readonly DiagnosticDescriptor UnknownSeveral = Create($"Unknown categories {{0}} in Categories \"{{1}}\"; {Allowed}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NotString, Unknown, UnknownSeveral];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var item in ConnectorMetadata.Find(context, ConnectorMetadata.Categories))
        {
            if (!item.TryGetValue(out var value) || value.Kind == JsonValueKind.Null)
            {
                continue; // PPC1042
            }

            if (value.Kind != JsonValueKind.String)
            {
                context.Report(NotString, value.Location, JsonKindNames.Describe(value.Kind));
                continue;
            }

            var unknown = ConnectorMetadata.Split(value.Value.GetString() ?? "").Where(category => ConnectorMetadata.MatchCategory(category) is null).ToList();
            if (unknown.Count == 1)
            {
                context.Report(Unknown, value.Location, unknown[0], value.Value.GetString());
            }
            else if (unknown.Count > 1)
            {
                context.Report(UnknownSeveral, value.Location, ValueLists.Quote(unknown), value.Value.GetString());
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ConnectorCategoryUnknown, Title, messageFormat, DiagnosticSeverity.Error, Description, ConnectorKinds.Certification, name: Name);
}
