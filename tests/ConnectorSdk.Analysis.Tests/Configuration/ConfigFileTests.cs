using ConnectorSdk.Analysis.Configuration;

namespace ConnectorSdk.Analysis.Tests.Configuration;

public class ConfigFileTests
{
    [Fact]
    public void Parse_ReadsThePreambleAndSections_AsRoslynDoes()
    {
        var file = ConfigFile.Parse("/repo/.editorconfig", """
            # a comment
            ; another
            root = TRUE
            [*.json]   # comment after a header
            Dotnet_Diagnostic.PPC1051.Severity = Error ; comment after a value
            connectorsdk.restricted_words: foo, bar
            empty =
            """);

        Assert.True(file.IsRoot);
        Assert.False(file.IsGlobal);
        Assert.Empty(file.Problems);
        var section = Assert.Single(file.Sections);
        Assert.Equal("*.json", section.Header);
        Assert.Equal(
            [("dotnet_diagnostic.ppc1051.severity", "Error", 5), ("connectorsdk.restricted_words", "foo, bar", 6), ("empty", "", 7)],
            section.Entries.Select(e => (e.Key, e.Value, e.Span.StartLine)));
    }

    [Fact]
    public void Parse_ReportsEveryMalformedLine_AndKeepsTheRest()
    {
        var file = ConfigFile.Parse("/repo/.editorconfig", "[*.json\nkey with spaces = 1\nok = 2\n");

        Assert.Equal([1, 2], file.Problems.Select(p => p.Span.StartLine));
        Assert.Equal(["ok"], file.Preamble.Select(e => e.Key));
    }
}
