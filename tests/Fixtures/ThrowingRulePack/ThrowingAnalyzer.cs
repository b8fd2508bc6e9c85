using ConnectorSdk.Analysis;

namespace ThrowingRulePack;

public sealed class ThrowingAnalyzer : ConnectorAnalyzer
{
    public ThrowingAnalyzer() => throw new NotSupportedException("not in this build");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [];

    public override void Initialize(ConnectorAnalysisContext context)
    {
    }
}
