using ConnectorSdk.DocumentationGenerator;

namespace ConnectorSdk.Cli.Tests.Governance;

public sealed class MarkedSectionTests
{
    [Fact]
    public void Replace_RewritesOnlyTheLinesBetweenTheMarkers()
    {
        var document = "# Title\n<!-- rules -->\nold\nrows\n<!-- /rules -->\nafter\n";

        Assert.Equal("# Title\n<!-- rules -->\nnew\n<!-- /rules -->\nafter\n", MarkedSection.Replace(document, "new\n"));
    }

    [Fact]
    public void Replace_FillsAnEmptySection()
    {
        Assert.Equal("<!-- rules -->\nrow\n<!-- /rules -->\n", MarkedSection.Replace("<!-- rules -->\n<!-- /rules -->\n", "row\n"));
    }

    [Theory]
    [InlineData("# Title\nno markers\n")]
    [InlineData("<!-- /rules -->\n<!-- rules -->\n")]
    public void Replace_RejectsADocumentWithoutBothMarkersInOrder(string document)
    {
        Assert.Throws<InvalidDataException>(() => MarkedSection.Replace(document, "row\n"));
    }
}
