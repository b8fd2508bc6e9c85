using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1185: a Website or Privacy policy value that is a web address is written as an absolute URL: with its scheme,
/// without unencoded white space. Accepted connectors write them loosely, so this is a warning; a value that is no
/// web address at all is PPC1043's error.
/// </summary>
internal sealed class ConnectorMetadataUrlQualityRule : ConnectorAnalyzer
{
    private const string Title = "The Website and Privacy policy URLs should be well formed";

    private const string Description = "The connector's page links the Website and Privacy policy values: an address without a scheme or with a space in it makes a broken link. Microsoft's own connectors are not held to the metadata.";

    /// <summary>{0}: the item's name; {1}: its value as JSON.</summary>
    public static readonly DiagnosticDescriptor NoScheme = Create("The '{0}' item of x-ms-connector-metadata is {1}, which has no scheme; begin it with https://");

    /// <summary>{0}: the item's name; {1}: its value as JSON.</summary>
    public static readonly DiagnosticDescriptor WhiteSpace = Create("The '{0}' item of x-ms-connector-metadata is {1}, which contains white space; encode it as %20 or remove it");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NoScheme, WhiteSpace];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        foreach (var (item, value, text) in ConnectorMetadataUrlRule.UrlValues(context))
        {
            if (text is not null && !Urls.IsAbsoluteHttpUrl(text) && Urls.FlawOf(text) is { } flaw)
            {
                context.Report(flaw == UrlFlaw.NoScheme ? NoScheme : WhiteSpace, value.Location, item.NameText, JsonValueText.Show(value));
            }
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ConnectorMetadataUrlQuality, Title, messageFormat, DiagnosticSeverity.Warning, Description, ConnectorKinds.Certification, AnalysisMode.Recommended);
}
