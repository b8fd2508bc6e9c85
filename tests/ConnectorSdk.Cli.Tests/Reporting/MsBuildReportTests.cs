using System.Text.Json;
using ConnectorSdk.Build.CliTasks;
using ConnectorSdk.Cli.Reporting;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests.Reporting;

/// <summary>The record format of <c>--format msbuild</c>: what the CLI writes, the SDK's .NET Framework task reads back unchanged.</summary>
public sealed class MsBuildReportTests : IDisposable
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "Contoso");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> HardFields => new()
    {
        { "A message\nover two lines\r\nand a third", "/home/user/Contoso/apiDefinition.swagger.json", "https://example.com/docs/rules/PPC1051.md" },
        { "Key 'a:b': value: 'c'\tafter a tab, and a trailing backslash \\", @"C:\Users\Zoë\Connectors\Contoso Ltd\apiDefinition.swagger.json", "" },
        { "Zusammenfassung «Élément» 概要 🚀 is not English", @"\\server\share\connectors\t\n\apiProperties.json", "https://example.com/a path/PPC1051.md?q=1&r=\\" },
        { "", @"C:\", "x" },
    };

    [Theory]
    [MemberData(nameof(HardFields))]
    public void Record_RoundTrips_EveryField(string message, string file, string helpLink)
    {
        var written = new DiagnosticRecord
        {
            Severity = "warning", Code = "PPC1051", File = file, Line = 12, Column = 7, EndLine = 14, EndColumn = 30,
            HelpLink = helpLink, Message = message, IsSuppressed = true, Justification = message,
        };
        using var text = new StringWriter();
        DiagnosticRecords.WriteHeader(text);
        DiagnosticRecords.WriteConnector(text, file, "IndependentPublisher", "Recommended");
        DiagnosticRecords.WriteDiagnostic(text, written);
        DiagnosticRecords.WriteDiagnostic(text, new DiagnosticRecord { Severity = "error", Code = "CTSO0001", File = file, Message = message });

        var connector = Assert.Single(DiagnosticRecords.Read(new StringReader(text.ToString())));

        Assert.Equal(4, text.ToString().Count(c => c == '\n'));
        Assert.Equal((file, "IndependentPublisher", "Recommended"), (connector.Folder, connector.Kind, connector.Mode));
        Assert.Equivalent(written, connector.Diagnostics[0], strict: true);
        Assert.Equivalent(new DiagnosticRecord { Severity = "error", Code = "CTSO0001", File = file, Message = message }, connector.Diagnostics[1], strict: true);
    }

    [Fact]
    public void Reader_SkipsRecordsAndFields_ItDoesNotKnow_AndTakesWindowsLineEnds()
    {
        var text = "connector-records\t1\r\nconnector\t/c\tCustom\tAll\textra\r\nsummary\t1\t2\r\ndiagnostic\tinfo\tPPC0011\t/c/f.json\t0\t0\t0\t0\t\tm\tlater field\r\n";

        var connector = Assert.Single(DiagnosticRecords.Read(new StringReader(text)));

        Assert.Equal("All", connector.Mode);
        var diagnostic = Assert.Single(connector.Diagnostics);
        Assert.Equal(("info", "PPC0011", "/c/f.json", 0, "", "m", false), (diagnostic.Severity, diagnostic.Code, diagnostic.File, diagnostic.EndColumn, diagnostic.HelpLink, diagnostic.Message, diagnostic.IsSuppressed));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("connector-records\t2\n", "not one this SDK reads")]
    [InlineData("1 connector, 0 errors, 0 warnings\n", "not one this SDK reads")]
    [InlineData("connector-records\t1\ndiagnostic\terror\tPPC1\t/f\t1\t1\t1\t1\t\tm\n", "before any connector")]
    [InlineData("connector-records\t1\nconnector\t/c\tCustom\ndiagnostic\terror\tPPC1\t/f\t1\t1\t1\n", "has 6 fields, not 9")]
    [InlineData("connector-records\t1\nconnector\t/c\tCustom\ndiagnostic\terror\tPPC1\t/f\tone\t1\t1\t1\t\tm\n", "'one' is not a line or column number")]
    [InlineData("connector-records\t1\nconnector\t/c\\x\tCustom\n", "escape")]
    public void Reader_RefusesWhatIsNotAReportOfItsVersion(string text, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => DiagnosticRecords.Read(new StringReader(text)));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_CarriesWhatTheJsonReportDoes_ForEveryReportedDiagnostic()
    {
        var connector = Assert.Single(DiagnosticRecords.Read(new StringReader(Diagnostics.Report(ValidationReport.MsBuild, Folder))));
        using var json = JsonDocument.Parse(Diagnostics.Report(ValidationReport.Json, Folder));

        var expected = json.RootElement.GetProperty("connectors")[0];
        Assert.Equal((Folder, "Certified", "Default"), (connector.Folder, connector.Kind, connector.Mode));
        Assert.Equal(
            expected.GetProperty("diagnostics").EnumerateArray().Select(d => (
                d.GetProperty("severity").GetString()!, d.GetProperty("id").GetString()!, d.GetProperty("file").GetString()!,
                d.TryGetProperty("span", out var span) ? span.GetProperty("startLine").GetInt32() : 0,
                d.TryGetProperty("span", out span) ? span.GetProperty("startColumn").GetInt32() : 0,
                d.TryGetProperty("span", out span) ? span.GetProperty("endLine").GetInt32() : 0,
                d.TryGetProperty("span", out span) ? span.GetProperty("endColumn").GetInt32() : 0,
                d.GetProperty("helpUri").GetString()!, d.GetProperty("message").GetString()!, d.GetProperty("suppressed").GetBoolean(),
                d.TryGetProperty("justification", out var justification) ? justification.GetString()! : "")),
            connector.Diagnostics.Select(d => (d.Severity, d.Code, d.File, d.Line, d.Column, d.EndLine, d.EndColumn, d.HelpLink, d.Message, d.IsSuppressed, d.Justification)));
        Assert.Equal(3, connector.Diagnostics.Count);
    }

    [Fact]
    public async Task Validate_WritesTheRecordsOfTheBrokenSample()
    {
        var folder = _temp.Path;
        SampleConnectors.Copy("ContosoTasks.Broken", folder);

        var run = await CommandLine.RunAsync("validate", folder, "--format", "msbuild", "--mode", "recommended");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        var connector = Assert.Single(DiagnosticRecords.Read(new StringReader(run.Stdout)));
        Assert.Equal("Recommended", connector.Mode);
        var duplicate = Assert.Single(connector.Diagnostics, d => d.Code == "PPC1051");
        Assert.Equal(
            ("error", Path.Combine(folder, "apiDefinition.swagger.json"), 49, 24, 49, 35, "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC1051.md"),
            (duplicate.Severity, duplicate.File, duplicate.Line, duplicate.Column, duplicate.EndLine, duplicate.EndColumn, duplicate.HelpLink));
    }
}
