namespace ConnectorSdk.Analysis.Tests;

/// <summary>Small analyzers for engine tests; ids in the PPC9xxx range reserved for tests.</summary>
internal static class TestDescriptors
{
    public static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity = DiagnosticSeverity.Warning, AnalysisMode mode = AnalysisMode.Default, ConnectorKinds appliesTo = ConnectorKinds.All, DiagnosticSeverity? customSeverity = null)
        => new(id, "Test rule " + id, "Found {0}", "Test", severity, mode, appliesTo, "A rule used by engine tests.", customSeverity: customSeverity);
}

/// <summary>An analyzer made of delegates, so each test states what it registers.</summary>
internal sealed class DelegateAnalyzer(Action<ConnectorAnalysisContext> initialize, params DiagnosticDescriptor[] descriptors) : ConnectorAnalyzer
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => descriptors;

    public override void Initialize(ConnectorAnalysisContext context) => initialize(context);
}
