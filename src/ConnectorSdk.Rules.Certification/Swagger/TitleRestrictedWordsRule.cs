using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1032: the title contains neither "API", "Connector" nor a Power Platform product name. For
/// custom connectors only "API" is checked (the style guide's advice for every connector); Microsoft's own
/// connectors may name Microsoft's products.
/// </summary>
internal sealed class TitleRestrictedWordsRule : ConnectorAnalyzer
{
    /// <summary>{0}: the title; {1}: the words found.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TitleRestrictedWords,
        "The connector title must not contain API, Connector or a Power Platform product name",
        "Title '{0}' contains {1}; a connector title names the service or organization, without 'API', 'Connector' or a Power Platform product name",
        DiagnosticSeverity.Error,
        "Certification rejects titles containing restricted words (validator code ValueContainsRestrictedWords): 'API', 'Connector' and Power Platform product names. For custom connectors only 'API' is reported, as a warning; Microsoft's own connectors may name its products.",
        name: "ValueContainsRestrictedWords",
        custom: DiagnosticSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var root = context.Swagger.Root;
        if (!ConnectorInfo.TryGetTitle(root, out var element, out var title))
        {
            return;
        }

        var words = ValueLists.Read(context, root.File, ValueLists.TitleRestrictedWordsKey, ValueLists.TitleRestrictedWords);
        var checkedWords = context.Connector.Kind == ConnectorKind.Custom
            ? words.Where(word => string.Equals(word, ValueLists.ApiWord, StringComparison.OrdinalIgnoreCase))
            : context.Connector.IsMicrosoftPublished ? words
            : words.Concat(ValueLists.Read(context, root.File, ValueLists.ProductNamesKey, ValueLists.ProductNames));
        var found = ValueLists.FindWholeWords(title, checkedWords);
        if (found.Count > 0)
        {
            context.Report(Rule, element.Location, title, ValueLists.Quote(found));
        }
    }
}
