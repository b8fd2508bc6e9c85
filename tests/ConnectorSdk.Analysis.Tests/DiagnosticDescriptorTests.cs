namespace ConnectorSdk.Analysis.Tests;

public sealed class DiagnosticDescriptorTests
{
    // The calibration's readme rules: a warning for independent publishers, a suggestion for certified connectors.
    private static readonly DiagnosticDescriptor ReadmeRule = new(
        "PPC9005", "Title", "Message", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.Certification, "Description.",
        certifiedSeverity: DiagnosticSeverity.Info);

    [Theory]
    [InlineData(ConnectorKind.Certified, DiagnosticSeverity.Info)]
    [InlineData(ConnectorKind.IndependentPublisher, DiagnosticSeverity.Warning)]
    public void DefaultSeverity_IsPerKind_WhereAKindGivesItsOwn(ConnectorKind kind, DiagnosticSeverity expected)
    {
        Assert.Equal(expected, ReadmeRule.GetDefaultSeverity(kind));
        Assert.Equal(DiagnosticSeverity.Warning, ReadmeRule.DefaultSeverity);
    }

    [Fact]
    public void ASeverityForAKindTheRuleDoesNotApplyTo_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor(
            "PPC9006", "Title", "Message", "Test", DiagnosticSeverity.Error, AnalysisMode.Default, ConnectorKinds.Certification, "Description.",
            customSeverity: DiagnosticSeverity.Warning));

        Assert.Contains("PPC9006 gives a severity for Custom", exception.Message, StringComparison.Ordinal);
    }
}
