using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Build.Tests;

/// <summary>What must stay in sync across the repository's files.</summary>
public partial class RepositoryTests
{
    [Fact]
    public void GlobalJson_NamesTheSdkVersionThatIsPacked()
    {
        var version = XDocument.Load(Path.Combine(RepositoryFolder.Path, "Directory.Build.props")).Descendants("Version").Single().Value;
        using var globalJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Path, "global.json")));

        Assert.Equal(version, globalJson.RootElement.GetProperty("msbuild-sdks").GetProperty("ConnectorSdk").GetString());
    }

    [Fact]
    public void DefaultConnectorItems_AreTheEnginesFileNames()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "sdk", "Sdk", "Sdk.props"));

        Assert.Equal(
            Enum.GetValues<ConnectorFileKind>().Select(kind => (ConnectorFile.ConventionalName(kind), kind.ToString())),
            DefaultItem().Matches(props).Select(m => (m.Groups["name"].Value, m.Groups["kind"].Value)));
    }

    [GeneratedRegex("""WithMetadataValue\('Name', '(?<name>[^']+)'\)\)" Kind="(?<kind>\w+)" """)]
    private static partial Regex DefaultItem();
}
