using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;

namespace ConnectorSdk.Hosting.Tests;

public class HostOptionsTests
{
    [Fact]
    public void MsBuildProperties_InAnyLetterCase_BecomeTheOptions()
    {
        var invalid = new List<InvalidSetting>();

        var options = HostOptions.FromMsBuild(
            new MsBuildProperties { ConnectorKind = " independentpublisher ", ConnectorAnalysisMode = "recommended", ConnectorHelpLinkBase = "https://example.com/docs", NoWarn = "PPC0003" },
            invalid);

        Assert.Empty(invalid);
        Assert.Equal((ConnectorKind.IndependentPublisher, AnalysisMode.Recommended), (options.Kind, options.Mode));
        Assert.Equal("https://example.com/docs/", options.HelpLinkBase.AbsoluteUri);
        Assert.Equal(["PPC0003"], options.ToAnalysisOptions().NoWarn);
    }

    [Fact]
    public void EmptyProperties_AreTheDefaults()
    {
        var invalid = new List<InvalidSetting>();

        var options = HostOptions.FromMsBuild(new MsBuildProperties(), invalid);

        Assert.Empty(invalid);
        Assert.Null(options.Kind);
        Assert.Equal((AnalysisMode.Default, HelpLinks.DefaultBase), (options.Mode, options.HelpLinkBase));
        Assert.Same(ResolvedBaseline.None, options.Baseline);
    }

    [Fact]
    public void EveryUnusableValue_IsNamed_WithWhatIsAccepted()
    {
        var invalid = new List<InvalidSetting>();

        HostOptions.FromMsBuild(new MsBuildProperties { ConnectorKind = "Verified", ConnectorAnalysisMode = "2", ConnectorHelpLinkBase = "docs" }, invalid);

        Assert.Equal(
            [
                "ConnectorKind 'Verified' cannot be used: expected one of Custom, Certified, IndependentPublisher",
                "ConnectorAnalysisMode '2' cannot be used: expected one of None, Default, Recommended, All",
                "ConnectorHelpLinkBase 'docs' cannot be used: expected an absolute address, e.g. https://github.com/owner/repo/blob/main/",
            ],
            invalid.Select(setting => setting.ToString()));
    }

    [Fact]
    public void TheEngine_HasTheBuiltInPacksRules_AndTheInfrastructureRules()
    {
        var ids = new HostOptions().CreateEngine().Descriptors.Select(d => d.Id).ToList();

        Assert.Contains("PPC0001", ids);
        Assert.Contains("PPC1051", ids);
    }
}
