using ConnectorSdk.Analysis.Reporting;

namespace ConnectorSdk.Analysis.Tests.Reporting;

public sealed class HelpLinksTests
{
    [Fact]
    public void RelativeLink_IsResolvedAgainstTheDefaultBase()
        => Assert.Equal("https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC1051.md", HelpLinks.Resolve(Rule(helpLinkUri: null), HelpLinks.DefaultBase));

    [Theory]
    [InlineData("https://example.com/fork")]
    [InlineData("https://example.com/fork/")]
    public void Base_NamesAFolder_WithOrWithoutItsFinalSlash(string text)
    {
        Assert.True(HelpLinks.TryParseBase(text, out var baseUri));
        Assert.Equal("https://example.com/fork/docs/rules/PPC1051.md", HelpLinks.Resolve(Rule(helpLinkUri: null), baseUri));
    }

    [Fact]
    public void AbsoluteLink_IsKept()
        => Assert.Equal("https://learn.microsoft.com/rule", HelpLinks.Resolve(Rule("https://learn.microsoft.com/rule"), HelpLinks.DefaultBase));

    [Fact]
    public void RelativeBase_IsRefused() => Assert.False(HelpLinks.TryParseBase("docs", out _));

    private static DiagnosticDescriptor Rule(string? helpLinkUri)
        => new("PPC1051", "Title", "Message", "Swagger", DiagnosticSeverity.Error, AnalysisMode.Default, ConnectorKinds.All, "Description", helpLinkUri: helpLinkUri);
}
