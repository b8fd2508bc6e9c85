using ConnectorSdk.Analysis;
using ConnectorSdk.Build.Tasks;

namespace ConnectorSdk.Build.Tests;

public class WarningOptionsTests
{
    [Theory]
    [InlineData(null, null, null, false, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData("PPC1051", null, null, false, DiagnosticSeverity.Warning, null)]
    [InlineData("CS1591; ppc1051", null, null, false, DiagnosticSeverity.Error, null)]
    [InlineData(null, "PPC1051", null, false, DiagnosticSeverity.Warning, DiagnosticSeverity.Error)]
    [InlineData(null, "PPC2002,PPC1051", null, false, DiagnosticSeverity.Warning, DiagnosticSeverity.Error)]
    [InlineData(null, "PPC1051", null, false, DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    [InlineData(null, null, null, true, DiagnosticSeverity.Warning, DiagnosticSeverity.Error)]
    [InlineData(null, null, "PPC1051", true, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData(null, "PPC1051", "PPC1051", true, DiagnosticSeverity.Warning, DiagnosticSeverity.Error)]
    [InlineData("PPC1051", "PPC1051", null, true, DiagnosticSeverity.Warning, null)]
    [InlineData(null, null, null, true, DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    [InlineData(null, null, null, false, DiagnosticSeverity.Hidden, null)]
    public void Apply_FollowsNoWarn_ThenWarningsAsErrors_ThenTreatWarningsAsErrors(
        string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors, DiagnosticSeverity severity, DiagnosticSeverity? expected)
    {
        var descriptor = new DiagnosticDescriptor("PPC1051", "Duplicate operationId", "Duplicate", "Swagger", severity, AnalysisMode.Default, ConnectorKinds.All, "");

        var effective = new WarningOptions(noWarn, warningsAsErrors, warningsNotAsErrors, treatWarningsAsErrors).Apply(Diagnostic.Create(descriptor, Location.InFile("/c/apiDefinition.swagger.json")));

        Assert.Equal(expected, effective?.Severity);
    }
}
