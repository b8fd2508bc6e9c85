using ConnectorSdk.Analysis;
using ConnectorSdk.Build.Tasks;

namespace ConnectorSdk.Build.Tests;

public class WarningOptionsTests
{
    [Theory]
    [InlineData(null, null, null, false, DiagnosticSeverity.Warning, "Warning")]
    [InlineData("PPC1051", null, null, false, DiagnosticSeverity.Warning, null)]
    [InlineData("CS1591; ppc1051", null, null, false, DiagnosticSeverity.Error, null)]
    [InlineData(null, "PPC1051", null, false, DiagnosticSeverity.Warning, "Error")]
    [InlineData(null, "PPC2002,PPC1051", null, false, DiagnosticSeverity.Warning, "Error")]
    [InlineData(null, "PPC1051", null, false, DiagnosticSeverity.Info, "Message")]
    [InlineData(null, null, null, true, DiagnosticSeverity.Warning, "Error")]
    [InlineData(null, null, "PPC1051", true, DiagnosticSeverity.Warning, "Warning")]
    [InlineData(null, "PPC1051", "PPC1051", true, DiagnosticSeverity.Warning, "Error")]
    [InlineData("PPC1051", "PPC1051", null, true, DiagnosticSeverity.Warning, null)]
    [InlineData(null, null, null, true, DiagnosticSeverity.Info, "Message")]
    [InlineData(null, null, null, false, DiagnosticSeverity.Hidden, null)]
    public void Apply_FollowsNoWarn_ThenWarningsAsErrors_ThenTreatWarningsAsErrors(
        string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors, DiagnosticSeverity severity, string? expected)
        => Assert.Equal(expected, new WarningOptions(noWarn, warningsAsErrors, warningsNotAsErrors, treatWarningsAsErrors).Apply("PPC1051", severity)?.ToString());
}
