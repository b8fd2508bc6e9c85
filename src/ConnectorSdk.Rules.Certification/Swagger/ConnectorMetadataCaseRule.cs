using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1046: the metadata names (Website, Privacy policy, Categories) and the categories are written
/// exactly as listed. A name or category that matches only ignoring case is accepted by the platform
/// (76 certified connectors write "Privacy Policy"), so it is a warning here and not PPC1042's or PPC1044's error.
/// </summary>
public sealed class ConnectorMetadataCaseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the kind of value; {1}: the value found; {2}: the expected spelling.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.ConnectorMetadataCase,
        "Connector metadata names and categories should match the documented letter case",
        "{0} '{1}' should be written '{2}'",
        RuleCategories.Swagger,
        DiagnosticSeverity.Warning,
        AnalysisMode.Recommended,
        ConnectorKinds.Certification,
        "The documentation spells the metadata items 'Website', 'Privacy policy' and 'Categories' and lists each category with its exact letter case; tools that compare exactly miss other spellings.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        foreach (var name in ConnectorMetadata.RequiredNames)
        {
            foreach (var item in ConnectorMetadata.Find(root, name))
            {
                if (!string.Equals(item.NameText, name, StringComparison.Ordinal))
                {
                    context.Report(Rule, item.Name.Location, "Metadata propertyName", item.NameText, name);
                }
            }
        }

        foreach (var item in ConnectorMetadata.Find(root, ConnectorMetadata.Categories))
        {
            if (item.TryGetValue(out var value) && value.Kind == JsonValueKind.String)
            {
                foreach (var category in ConnectorMetadata.Split(value.Value.GetString() ?? ""))
                {
                    if (ConnectorMetadata.MatchCategory(category) is { } allowed && !string.Equals(allowed, category, StringComparison.Ordinal))
                    {
                        context.Report(Rule, value.Location, "Category", category, allowed);
                    }
                }
            }
        }
    }
}
