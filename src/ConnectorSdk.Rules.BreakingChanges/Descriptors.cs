using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.BreakingChanges;

/// <summary>
/// Creates this pack's descriptors (roslyn-analyzers' DiagnosticDescriptorHelper): category BreakingChange, page
/// docs/rules/{id}.md, every kind, Default mode (the pack runs only when a baseline is given).
/// </summary>
internal static class Descriptors
{
    public const string Category = "BreakingChange";

    /// <summary>
    /// How to ship a breaking change (the catalog's row 7012, folded into every message): operational versioning.
    /// </summary>
    public const string Advice = "to ship it without breaking existing flows, keep the old version and add the new one as a new revision of its x-ms-api-annotation family, marking the old one deprecated";

    public static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string description, string? name = null)
        => new(id, title, messageFormat, Category, severity, AnalysisMode.Default, ConnectorKinds.All, description, name, helpLinkUri: $"docs/rules/{id}.md");
}
