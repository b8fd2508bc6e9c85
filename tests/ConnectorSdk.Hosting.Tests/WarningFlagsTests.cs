using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Hosting.Tests;

/// <summary>The flags reach the engine's options; what they do is the table of WarningFlagCases, through every host.</summary>
public class WarningFlagsTests
{
    [Fact]
    public void MsBuildProperties_AreIdListsSeparatedBySemicolonsOrCommas_KeptWhateverTheirTool()
    {
        var options = WarningFlags.FromMsBuild("1701; ppc1051", "PPC2002,PPC1051", " PPC0003 ", treatWarningsAsErrors: true).ApplyTo(new AnalysisOptions());

        Assert.Equal(["1701", "ppc1051"], options.NoWarn.Order());
        Assert.True(options.WarningsAsErrors.SetEquals(["PPC1051", "ppc2002"]));
        Assert.Equal(["PPC0003"], options.WarningsNotAsErrors);
        Assert.True(options.TreatWarningsAsErrors);
    }

    [Fact]
    public void EmptyProperties_ChangeNothing()
    {
        var options = WarningFlags.FromMsBuild(null, "", " ; ", treatWarningsAsErrors: false).ApplyTo(new AnalysisOptions());

        Assert.Empty(options.NoWarn);
        Assert.Empty(options.WarningsAsErrors);
        Assert.Empty(options.WarningsNotAsErrors);
        Assert.False(options.TreatWarningsAsErrors);
    }

    [Theory]
    [InlineData("PPC1051", true)]
    [InlineData("CTSO001", true)]
    [InlineData("ppc1051", true)]
    [InlineData("1701", false)]
    [InlineData("PPC", false)]
    [InlineData("PPC-1051", false)]
    [InlineData("PPC1051x", false)]
    [InlineData("", false)]
    public void AnId_IsLettersThenDigits(string text, bool isId) => Assert.Equal(isId, WarningFlags.IsId(text));

    [Fact]
    public void Undeclared_AreTheIdsNoRuleHas_InAnyLetterCase()
    {
        DiagnosticDescriptor[] rules = [new("PPC1051", "Title", "Message", "Swagger", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "Description")];

        Assert.Equal(["PPC9999"], WarningFlags.Undeclared(["ppc1051", "PPC9999"], rules));
    }
}
