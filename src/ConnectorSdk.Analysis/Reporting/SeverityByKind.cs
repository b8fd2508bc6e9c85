namespace ConnectorSdk.Analysis.Reporting;

/// <summary>
/// The kinds whose default severity is not a rule's <see cref="DiagnosticDescriptor.DefaultSeverity"/>: what
/// SARIF, the rule catalog and release tracking show beside it, since their formats (Roslyn's) have room for one.
/// </summary>
internal static class SeverityByKind
{
    // In the catalog's order (rules.md), certification kinds first.
    private static readonly ConnectorKind[] Kinds = [ConnectorKind.Certified, ConnectorKind.IndependentPublisher, ConnectorKind.Custom];

    /// <summary>The kinds the rule applies to whose severity differs from its default; empty for most rules.</summary>
    public static ConnectorKind[] Differing(DiagnosticDescriptor rule)
        => Array.FindAll(Kinds, kind => rule.AppliesTo.HasFlag(kind.ToFlag()) && rule.GetDefaultSeverity(kind) != rule.DefaultSeverity);
}
