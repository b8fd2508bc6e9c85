using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1045: at most two categories.</summary>
internal sealed class ConnectorCategoryCountRule : ConnectorAnalyzer
{
    /// <summary>{0}: the categories value; {1}: how many categories it names.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ConnectorCategoriesTooMany,
        $"A connector can have at most {ValueLists.MaxCategories} categories",
        $"Categories \"{{0}}\" names {{1}} categories; certification allows at most {ValueLists.MaxCategories}",
        DiagnosticSeverity.Error,
        $"The validator rejects more than {ValueLists.MaxCategories} connector categories (TooManyConnectorCategories).",
        ConnectorKinds.Certification,
        name: "TooManyConnectorCategories");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (ConnectorMetadata.TryGetCategories(context, out var value, out var categories) && categories.Count > ValueLists.MaxCategories)
        {
            context.Report(Rule, value.Location, value.Value.GetString(), categories.Count);
        }
    }
}
