using System.Text.Json;
using ConnectorSdk.Cli.Reporting;

namespace ConnectorSdk.Cli.Tests.Reporting;

public sealed class JsonReportTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "Contoso");

    [Fact]
    public void Report_HasTheTool_EachConnector_AndTheSummary()
    {
        using var report = JsonDocument.Parse(Diagnostics.Report(ValidationReport.Json, Folder));

        var root = report.RootElement;
        Assert.Equal("ConnectorSdk", root.GetProperty("tool").GetProperty("name").GetString());
        var connector = Assert.Single(root.GetProperty("connectors").EnumerateArray().ToArray());
        Assert.Equal(Folder, connector.GetProperty("folder").GetString());
        Assert.Equal("Certified", connector.GetProperty("kind").GetString());
        Assert.Equal(["TST0001", "TST0002", "TST0003"], connector.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(1, root.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Diagnostic_CarriesItsLocation_HelpLink_AndSuppression()
    {
        using var report = JsonDocument.Parse(Diagnostics.Report(ValidationReport.Json, Folder));

        var diagnostics = report.RootElement.GetProperty("connectors")[0].GetProperty("diagnostics");
        var located = diagnostics[0];
        Assert.Equal("error", located.GetProperty("severity").GetString());
        Assert.Equal("Message about 'get'", located.GetProperty("message").GetString());
        Assert.Equal(Path.Combine(Folder, "apiDefinition.swagger.json"), located.GetProperty("file").GetString());
        Assert.Equal(3, located.GetProperty("span").GetProperty("startLine").GetInt32());
        Assert.Equal(20, located.GetProperty("span").GetProperty("endColumn").GetInt32());
        Assert.Equal("/paths/~1items/get", located.GetProperty("jsonPointer").GetString());
        Assert.Equal("https://example.com/docs/rules/TST0001.md", located.GetProperty("helpUri").GetString());
        Assert.False(located.GetProperty("suppressed").GetBoolean());
        Assert.False(located.TryGetProperty("justification", out _));
        Assert.True(diagnostics[1].GetProperty("suppressed").GetBoolean());
        Assert.Equal("Accepted", diagnostics[1].GetProperty("justification").GetString());
        Assert.Equal("info", diagnostics[2].GetProperty("severity").GetString());
        Assert.False(diagnostics[2].TryGetProperty("span", out _));
        Assert.False(diagnostics[2].TryGetProperty("jsonPointer", out _));
    }
}
