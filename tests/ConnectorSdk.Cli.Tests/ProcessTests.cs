using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>The real executable, as CI runs it: exit codes and streams cross the process boundary intact.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Rules_Exits0_AndListsTheRules()
    {
        var (exitCode, stdout, stderr) = await RunAsync("rules");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("PPC0001", stdout, StringComparison.Ordinal);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task Failure_Exits2_WithOneLine_AndNoStackTrace()
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        var file = Path.Combine(_temp.Path, "file");
        File.WriteAllText(file, "");

        // A folder cannot be made where a file is: writing the report fails.
        var (exitCode, stdout, stderr) = await RunAsync("validate", connector, "--output", Path.Combine(file, "report.txt"));

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Empty(stdout);
        Assert.StartsWith("connector: error: ", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var run = await ChildProcess.RunAsync(ChildProcess.DotnetHost, [typeof(ConnectorCommand).Assembly.Location, .. args]);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }
}
