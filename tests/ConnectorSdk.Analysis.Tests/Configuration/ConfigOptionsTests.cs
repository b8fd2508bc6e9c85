namespace ConnectorSdk.Analysis.Tests.Configuration;

/// <summary>Keys other than severities reach the rules, per file, through <see cref="ConnectorContext.Options"/>.</summary>
public sealed class ConfigOptionsTests : IDisposable
{
    private readonly ConfiguredConnector _connector = new();

    public void Dispose() => _connector.Dispose();

    private Dictionary<ConnectorFileKind, string?> Read(string key)
    {
        var values = new Dictionary<ConnectorFileKind, string?>();
        var analyzer = new DelegateAnalyzer(
            context => context.RegisterConnectorEndAction(c =>
            {
                foreach (var file in c.Connector.Files)
                {
                    values[file.Kind] = c.Options.TryGetValue(file, key, out var value) ? value : null;
                }
            }),
            ConfiguredConnector.Rule);
        _connector.Analyze(analyzer: analyzer);
        return values;
    }

    [Fact]
    public void WordList_OfTheSectionsMatchingEachFile_EditorConfigOverGlobalConfig()
    {
        _connector.Write("repo/.globalconfig", "is_global = true\nconnectorsdk.restricted_words = everywhere");
        _connector.Write("repo/.editorconfig", "[apiDefinition.swagger.json]\nConnectorSdk.Restricted_Words = Foo, bar\ndotnet_diagnostic.PPC9001.severity = error");

        Assert.Equal("Foo, bar", Read("connectorsdk.restricted_words")[ConnectorFileKind.ApiDefinition]);
        Assert.Equal("everywhere", Read("CONNECTORSDK.RESTRICTED_WORDS")[ConnectorFileKind.ApiProperties]);
        Assert.Null(Read("dotnet_diagnostic.PPC9001.severity")[ConnectorFileKind.ApiDefinition]);
    }
}
