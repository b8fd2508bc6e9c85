using ConnectorSdk.Cli.Reporting;

namespace ConnectorSdk.Cli.Tests.Reporting;

public sealed class TextReportTests
{
    private static readonly string CurrentDirectory = Path.Combine(Path.GetTempPath(), "work");

    [Fact]
    public void Lines_AreCanonical_RelativeUnderTheCurrentDirectory_ThenTheSummary()
    {
        var lines = Write(Path.Combine(CurrentDirectory, "connectors", "Contoso"));

        Assert.Equal(
            [
                $"{Path.Combine("connectors", "Contoso", "apiDefinition.swagger.json")}(3,5,3,20): error TST0001: Message about 'get'",
                $"{Path.Combine("connectors", "Contoso", "readme.md")}: info TST0003: Message about 'readme.md'",
                "1 connector, 1 error, 0 warnings",
            ],
            lines);
    }

    [Fact]
    public void Paths_OutsideTheCurrentDirectory_AreAbsolute()
    {
        var folder = Path.Combine(Path.GetTempPath(), "elsewhere", "Contoso");

        var lines = Write(folder);

        Assert.StartsWith($"{Path.Combine(folder, "apiDefinition.swagger.json")}(3,5,3,20): error TST0001: ", lines[0], StringComparison.Ordinal);
    }

    private static string[] Write(string folder)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var report = ValidationReport.Create(ValidationReport.Text, output, new ReportContext(Diagnostics.Rules, new Uri("https://example.com/"), CurrentDirectory));
        var summary = new ValidationSummary();
        var result = Diagnostics.Result(folder);
        report.Write(result);
        summary.Add(result);
        report.Complete(summary);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
