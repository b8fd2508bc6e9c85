using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1035: an independent publisher's title follows "Name (Independent Publisher)".</summary>
public sealed class IndependentPublisherTitleRule : ConnectorAnalyzer
{
    public const string Suffix = " (Independent Publisher)";

    /// <summary>{0}: the title.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.IndependentPublisherTitle,
        "An independent publisher's title should end with '(Independent Publisher)'",
        $"Title '{{0}}' does not end with '{Suffix}'; an independent publisher connector is named 'Service Name{Suffix}'",
        DiagnosticSeverity.Warning,
        "The independent publisher guidance names connectors 'Connector Name (Independent Publisher)', so users can tell them from the service owner's connector.",
        ConnectorKinds.IndependentPublisher,
        AnalysisMode.Recommended);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        if (ConnectorInfo.TryGetTitle(context.Swagger.Root, out var element, out var title)
            && !title.EndsWith(Suffix, StringComparison.Ordinal))
        {
            context.Report(Rule, element.Location, title);
        }
    }
}
