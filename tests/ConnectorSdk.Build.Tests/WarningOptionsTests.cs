using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Build.Tasks;

namespace ConnectorSdk.Build.Tests;

/// <summary>The MSBuild properties reach the engine's options; what they do is tested with the engine (SeverityPrecedenceTests).</summary>
public class WarningOptionsTests
{
    [Fact]
    public void Properties_BecomeTheEngineOptions_IdsSeparatedBySemicolonsOrCommas()
    {
        var options = new AnalysisOptions().With("CS1591; ppc1051", "PPC2002,PPC1051", " PPC0003 ", treatWarningsAsErrors: true);

        Assert.Equal(["CS1591", "ppc1051"], options.NoWarn.Order());
        Assert.True(options.WarningsAsErrors.SetEquals(["PPC1051", "ppc2002"]));
        Assert.Equal(["PPC0003"], options.WarningsNotAsErrors);
        Assert.True(options.TreatWarningsAsErrors);
    }

    [Fact]
    public void EmptyProperties_ChangeNothing()
    {
        var options = new AnalysisOptions().With(null, "", " ; ", treatWarningsAsErrors: false);

        Assert.Empty(options.NoWarn);
        Assert.Empty(options.WarningsAsErrors);
        Assert.Empty(options.WarningsNotAsErrors);
        Assert.False(options.TreatWarningsAsErrors);
    }
}
