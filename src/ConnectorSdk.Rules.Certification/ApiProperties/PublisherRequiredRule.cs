using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2005: a connector submitted for certification names its publisher in <c>properties.publisher</c>.</summary>
internal sealed class PublisherRequiredRule : ConnectorAnalyzer
{
    private const string Advice = "certification requires the name of the company or organization (an independent publisher: the person or company) that publishes the connector";

    /// <summary>Reported on the <c>properties</c> name.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"'properties' has no 'publisher'; {Advice}");

    /// <summary>{0}: the value as JSON.</summary>
    public static readonly DiagnosticDescriptor NotAName = Create($"'publisher' is {{0}}, not a name; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotAName];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterApiPropertiesAction(apiProperties => PublisherNames.Require(apiProperties, ApiPropertiesElements.Publisher, Missing, NotAName));

    private static DiagnosticDescriptor Create(string messageFormat) => Descriptors.Create(
        RuleIds.PublisherRequired,
        "A connector submitted for certification must name its publisher",
        messageFormat,
        DiagnosticSeverity.Error,
        "Certification requires properties.publisher in apiProperties.json: a verified publisher's full company or organization name "
            + "(reviewers: \"It is not allowed to have an individual name as publisher for certified connectors\"), an independent "
            + "publisher's first and last name or company. Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification);
}
