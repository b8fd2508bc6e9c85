using ConnectorSdk.Analysis.Tests.Configuration;

namespace ConnectorSdk.Analysis.Tests.Running;

/// <summary>Microsoft's own connectors are told apart by apiProperties' publisher, or by a host Microsoft owns when no publisher is given; configuration overrides it.</summary>
public sealed class MicrosoftPublisherTests : IDisposable
{
    private readonly ConfiguredConnector _connector = new();

    public void Dispose() => _connector.Dispose();

    private bool IsMicrosoftPublished(string apiProperties, string host)
    {
        _connector.Write("repo/connectors/contoso/apiProperties.json", apiProperties);
        _connector.Write("repo/connectors/contoso/apiDefinition.swagger.json", $$"""{ "swagger": "2.0", "host": "{{host}}" }""");
        bool? published = null;
        _connector.Analyze(analyzer: new DelegateAnalyzer(context => context.RegisterConnectorStartAction(c => published = c.Connector.IsMicrosoftPublished), ConfiguredConnector.Rule));
        return published!.Value;
    }

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    [InlineData(" microsoft ")]
    public void PublisherMicrosoft_IsMicrosoftPublished_WhateverTheHost(string publisher)
        => Assert.True(IsMicrosoftPublished($$"""{ "properties": { "publisher": "{{publisher}}" } }""", "api.contoso.com"));

    [Theory]
    [InlineData("Contoso")]
    [InlineData("Microsoft Partner Ltd")]
    [InlineData("Microsot")]
    public void OtherPublisher_IsNot_EvenOnAMicrosoftHost(string publisher)
        => Assert.False(IsMicrosoftPublished($$"""{ "properties": { "publisher": "{{publisher}}" } }""", "graph.microsoft.com"));

    [Theory]
    [InlineData("graph.microsoft.com")]
    [InlineData("microsoft.com")]
    [InlineData("westus.api.cognitive.microsoft.com:443")]
    [InlineData("outlook.office.com")]
    [InlineData("outlook.office365.com")]
    [InlineData("portal.cloudappsecurity.com")]
    public void NoPublisher_MicrosoftHost_IsMicrosoftPublished(string host)
        => Assert.True(IsMicrosoftPublished("""{ "properties": { } }""", host));

    [Theory]
    [InlineData("contoso.azurewebsites.net")]
    [InlineData("contoso.azure-api.net")]
    [InlineData("contoso.westus.azure.com")]
    [InlineData("notmicrosoft.com")]
    [InlineData("microsoft.com.contoso.net")]
    public void NoPublisher_HostThirdPartiesUse_IsNot(string host)
        => Assert.False(IsMicrosoftPublished("""{ "properties": { "publisher": " " } }""", host));

    [Theory]
    [InlineData("true", "Contoso", true)]
    [InlineData("FALSE", "Microsoft", false)]
    public void Configuration_OverridesTheDetection(string value, string publisher, bool expected)
    {
        _connector.Write("repo/.globalconfig", $"is_global = true\nconnectorsdk.microsoft_published = {value}");

        Assert.Equal(expected, IsMicrosoftPublished($$"""{ "properties": { "publisher": "{{publisher}}" } }""", "api.contoso.com"));
    }

    [Fact]
    public void ConfiguredValueThatIsNotABoolean_IsPPC0008_AndTheDetectionStands()
    {
        var editorConfig = _connector.Write("repo/.editorconfig", "[*.json]\nconnectorsdk.microsoft_published = yes");

        Assert.True(IsMicrosoftPublished("""{ "properties": { "publisher": "Microsoft" } }""", "api.contoso.com"));
        var problem = Assert.Single(_connector.Analyze().Diagnostics, d => d.Id == "PPC0008");
        Assert.Equal(editorConfig, problem.Location.FilePath);
        Assert.Contains("'yes' is not a boolean: use true or false", problem.GetMessage(), StringComparison.Ordinal);
    }
}
