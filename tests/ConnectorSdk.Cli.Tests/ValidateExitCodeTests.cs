using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

public sealed class ValidateExitCodeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Exit0_WhenNoErrorIsFound()
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("1 connector, 0 errors, 0 warnings", run.StdoutLines.Last());
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Exit1_WhenAnErrorIsFound()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("Contoso");

        var run = await CommandLine.RunAsync("validate", connector);

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Exit2_WhenAPathDoesNotExist()
    {
        var missing = Path.Combine(_temp.Path, "missing");

        var run = await CommandLine.RunAsync("validate", missing);

        AssertUsageError(run, $"connector: error: '{missing}' does not exist.");
    }

    [Fact]
    public async Task Exit2_ForASubmissionPackage()
    {
        var package = _temp.Write("Contoso.zip", "");

        var run = await CommandLine.RunAsync("validate", package);

        AssertUsageError(run, $"connector: error: '{package}': submission packages (.zip) are not supported yet; extract it and validate the folder.");
    }

    [Fact]
    public async Task Exit2_WhenAFolderHoldsNoConnector()
    {
        _temp.Write("docs/readme.md", "# Not a connector");

        var run = await CommandLine.RunAsync("validate", Path.Combine(_temp.Path, "docs"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("connector: error: ", Assert.Single(run.StderrLines));
    }

    [Theory]
    [InlineData("validate", "PATH", "--kind", "Partner")]
    [InlineData("validate", "PATH", "--kind", "1")]
    [InlineData("validate", "PATH", "--mode", "Strict")]
    [InlineData("validate", "PATH", "--format", "xml")]
    [InlineData("validate", "PATH", "--help-link-base", "docs")]
    [InlineData("validate", "PATH", "--no-such-option")]
    [InlineData("validate")]
    [InlineData("check", "PATH")]
    public async Task Exit2_ForBadUsage(params string[] args)
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync(args.Select(arg => arg == "PATH" ? connector : arg).ToArray());

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.All(run.StderrLines, line => Assert.StartsWith("connector: error: ", line, StringComparison.Ordinal));
        Assert.NotEmpty(run.StderrLines);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Exit2_WithOneLine_WhenTheReportCannotBeWritten()
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        var file = Path.Combine(_temp.Path, "file");
        File.WriteAllText(file, "");
        var output = Path.Combine(file, "report.sarif");

        var run = await CommandLine.RunAsync("validate", connector, "--format", "sarif", "--output", output);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("connector: error: ", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task KindAndModeNames_AreReadInAnyLetterCase()
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--kind", "independentpublisher", "--mode", "NONE", "--format", "JSON");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\"kind\": \"IndependentPublisher\"", run.Stdout, StringComparison.Ordinal);
    }

    private static void AssertUsageError(CommandLineRun run, string expectedError)
    {
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(expectedError, Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
    }
}
