using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1046: the metadata names (Website, Privacy policy, Categories), the item keys (propertyName, propertyValue)
/// and the categories are written exactly as documented. One that matches only ignoring case is accepted by the
/// platform (76 certified connectors write "Privacy Policy"), so it is a warning here and not PPC1042's or PPC1044's error.
/// </summary>
internal sealed class ConnectorMetadataCaseRule : ConnectorAnalyzer
{
    private const string Title = "Connector metadata names, keys and categories should match the documented letter case";

    private const string Description = "The documentation spells the metadata items 'Website', 'Privacy policy' and 'Categories', their keys 'propertyName' and 'propertyValue', and lists each category with its exact letter case; tools that compare exactly miss other spellings.";

    /// <summary>{0}: the propertyName found; {1}: the documented spelling.</summary>
    public static readonly DiagnosticDescriptor PropertyName = Create("Metadata propertyName '{0}' should be written '{1}'");

    /// <summary>{0}: the key found; {1}: the documented spelling.</summary>
    public static readonly DiagnosticDescriptor Key = Create("Metadata key '{0}' should be written '{1}'");

    /// <summary>{0}: the category found; {1}: the documented spelling.</summary>
    public static readonly DiagnosticDescriptor Category = Create("Category '{0}' should be written '{1}'");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PropertyName, Key, Category];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (!ConnectorMetadata.TryGetArray(context, out var metadata))
        {
            return;
        }

        foreach (var item in metadata.EnumerateItems())
        {
            foreach (var key in ConnectorMetadata.Keys)
            {
                if (ConnectorMetadata.TryGetKey(item, key, out var member) && !string.Equals(member.Name, key, StringComparison.Ordinal))
                {
                    context.Report(Key, member.NameLocation, member.Name, key);
                }
            }
        }

        foreach (var name in ConnectorMetadata.RequiredNames)
        {
            foreach (var item in ConnectorMetadata.Find(context, name))
            {
                if (!string.Equals(item.NameText, name, StringComparison.Ordinal))
                {
                    context.Report(PropertyName, item.Name.Location, item.NameText, name);
                }
            }
        }

        foreach (var item in ConnectorMetadata.Find(context, ConnectorMetadata.Categories))
        {
            if (item.TryGetValue(out var value) && value.Kind == JsonValueKind.String)
            {
                foreach (var category in ConnectorMetadata.Split(value.Value.GetString() ?? ""))
                {
                    if (ConnectorMetadata.MatchCategory(category) is { } allowed && !string.Equals(allowed, category, StringComparison.Ordinal))
                    {
                        context.Report(Category, value.Location, category, allowed);
                    }
                }
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ConnectorMetadataCase, Title, messageFormat, DiagnosticSeverity.Warning, Description, ConnectorKinds.Certification, AnalysisMode.Recommended);
}
