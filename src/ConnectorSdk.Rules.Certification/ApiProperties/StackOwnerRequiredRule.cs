using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.ApiProperties;

/// <summary>PPC2006: a connector submitted for certification names the owner of its service in <c>properties.stackOwner</c>.</summary>
internal sealed class StackOwnerRequiredRule : ConnectorAnalyzer
{
    private const string Advice = "certification requires the name of the company or organization that owns the service the connector calls";

    /// <summary>Reported on the <c>properties</c> name.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"'properties' has no 'stackOwner'; {Advice}");

    /// <summary>{0}: the value as JSON.</summary>
    public static readonly DiagnosticDescriptor NotAName = Create($"'stackOwner' is {{0}}, not a name; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotAName];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterApiPropertiesAction(apiProperties => PublisherNames.Require(apiProperties, ApiPropertiesElements.StackOwner, Missing, NotAName));

    private static DiagnosticDescriptor Create(string messageFormat) => Descriptors.Create(
        RuleIds.StackOwnerRequired,
        "A connector submitted for certification must name the owner of its service",
        messageFormat,
        DiagnosticSeverity.Error,
        "Certification requires properties.stackOwner in apiProperties.json, the company or organization that owns the service "
            + "the connector calls (reviewers: \"stackOwner property is missing which is a required property\"); a verified "
            + "publisher's is normally the publisher itself. Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification);
}
