using ConnectorSdk.Analysis.Packs;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Tests.Reporting;

public sealed class HelpLinksTests
{
    private const string Page = "docs/rules/PPC1051.md";

    [Fact]
    public void RelativeLink_OfABuiltInPack_IsResolvedAgainstTheDefaultBase()
        => Assert.Equal("https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC1051.md", HelpLinks.Resolve(Rule(Page), HelpLinks.DefaultBase));

    [Theory]
    [InlineData("https://example.com/fork")]
    [InlineData("https://example.com/fork/")]
    public void Base_NamesAFolder_WithOrWithoutItsFinalSlash(string text)
    {
        Assert.True(HelpLinks.TryParseBase(text, out var baseUri));
        Assert.Equal("https://example.com/fork/docs/rules/PPC1051.md", HelpLinks.Resolve(Rule(Page), baseUri));
    }

    [Fact]
    public void AbsoluteLink_IsKept()
        => Assert.Equal("https://learn.microsoft.com/rule", HelpLinks.Resolve(Rule("https://learn.microsoft.com/rule"), HelpLinks.DefaultBase));

    [Fact]
    public void NoLink_IsTheContractsDefault_AndResolvesToNone()
    {
        Assert.Null(Rule(null).HelpLinkUri);
        Assert.Null(HelpLinks.Resolve(Rule(null), HelpLinks.DefaultBase));
    }

    [Fact]
    public void RelativeLink_OfALoadedPackThatDeclaresABase_IsResolvedAgainstItsBase_WhateverTheHostsBase()
    {
        var rule = Rule("CTSO001");
        rule.SetRulePackHelpLinkBase(new Uri("https://contoso.example/rules/"));

        Assert.Equal("https://contoso.example/rules/CTSO001", HelpLinks.Resolve(rule, new Uri("https://example.com/fork/")));
    }

    [Fact]
    public void RelativeLink_OfALoadedPackThatDeclaresNoBase_IsLeftOut_NotPointedAtConnectorSdk()
    {
        var rule = Rule("docs/CTSO001.md");
        rule.SetRulePackHelpLinkBase(null);

        Assert.Null(HelpLinks.Resolve(rule, HelpLinks.DefaultBase));
    }

    [Fact]
    public void SamplePack_DeclaresItsBase_AndItsRelativeLinkResolvesThere()
    {
        var engine = AnalysisEngine.FromPacks([RulePack.FromPath(SampleRulePack.Path)]);

        var rule = Assert.Single(engine.Descriptors, d => d.Id == "CTSO001");
        Assert.Equal("CTSO001", rule.HelpLinkUri);
        Assert.Equal("https://contoso.example/connector-rules/CTSO001", HelpLinks.Resolve(rule, new Uri("https://example.com/fork/")));
    }

    [Fact]
    public void AnAssemblyWithoutTheAttribute_DeclaresNoBase()
        => Assert.Null(HelpLinks.DeclaredBase(typeof(HelpLinksTests).Assembly));

    [Fact]
    public void RelativeBase_IsRefused() => Assert.False(HelpLinks.TryParseBase("docs", out _));

    private static DiagnosticDescriptor Rule(string? helpLinkUri)
        => new("PPC1051", "Title", "Message", "Swagger", DiagnosticSeverity.Error, AnalysisMode.Default, ConnectorKinds.All, "Description", helpLinkUri: helpLinkUri);
}
