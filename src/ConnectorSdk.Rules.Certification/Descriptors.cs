using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification;

/// <summary>
/// Creates this pack's descriptors (roslyn-analyzers' DiagnosticDescriptorHelper): every rule gets the category
/// of its id's range, its page docs/rules/{id}.md, and unless it says otherwise applies to every kind and is on
/// in Default mode. Severities are per kind: <c>severity</c> for every kind that does not give its own.
/// </summary>
internal static class Descriptors
{
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        DiagnosticSeverity severity,
        string description,
        ConnectorKinds appliesTo = ConnectorKinds.All,
        AnalysisMode mode = AnalysisMode.Default,
        string? name = null,
        DiagnosticSeverity? certified = null,
        DiagnosticSeverity? independentPublisher = null,
        DiagnosticSeverity? custom = null)
        => new(
            id,
            title,
            messageFormat,
            RuleCategories.Of(id),
            severity,
            mode,
            appliesTo,
            description,
            name,
            certifiedSeverity: certified,
            independentPublisherSeverity: independentPublisher,
            customSeverity: custom,
            helpLinkUri: $"docs/rules/{id}.md");
}
