using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>
/// PPC2025: <c>publisher</c> and <c>stackOwner</c> are not the placeholder sentences of Microsoft's apiProperties
/// templates (configurable), compared ignoring case, surrounding white space and a final period.
/// </summary>
internal sealed class PublisherPlaceholderRule : ConnectorAnalyzer
{
    /// <summary>The .editorconfig key that replaces the placeholders (comma-separated).</summary>
    public const string PlaceholdersKey = ValueLists.PublisherPlaceholdersKey;

    /// <summary>{0}: the member; {1}: its value as JSON.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.PublisherPlaceholder,
        "publisher and stackOwner must not keep the template's placeholder text",
        "'{0}' is {1}, the placeholder of Microsoft's apiProperties template; write the real name",
        DiagnosticSeverity.Warning,
        "Microsoft's certified and independent publisher templates of apiProperties.json fill publisher and stackOwner with "
            + "sentences that describe what to write (\"Name of company or organization.\"). Left as they are, they become the "
            + $"publisher shown to every user of the connector. The sentences are the words of {PlaceholdersKey}.",
        ConnectorKinds.Certification);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterApiPropertiesAction(Analyze);

    private static void Analyze(ApiPropertiesContext context)
    {
        if (!ApiPropertiesElements.TryGetProperties(context.Root, out var properties))
        {
            return;
        }

        // Read only when there is something to compare: most files hold real names, and the list is read once per file anyway.
        IReadOnlyList<string>? placeholders = null;
        foreach (var member in (string[])[ApiPropertiesElements.Publisher, ApiPropertiesElements.StackOwner])
        {
            if (properties.TryGetProperty(member, out var value) && value.Kind == JsonValueKind.String)
            {
                placeholders ??= ValueLists.Read(context, context.Root.File, PlaceholdersKey, ValueLists.PublisherPlaceholders);
                var text = value.Value.GetString()!.Trim().TrimEnd('.');
                if (placeholders.Any(placeholder => string.Equals(placeholder.TrimEnd('.'), text, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Report(Rule, value.Location, member, JsonValueText.Show(value));
                }
            }
        }
    }
}
