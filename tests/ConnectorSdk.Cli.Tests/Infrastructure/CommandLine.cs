namespace ConnectorSdk.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of the <c>connector</c> command line printed and returned.</summary>
internal sealed record CommandLineRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

internal static class CommandLine
{
    public static async Task<CommandLineRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = await ConnectorCommand.RunAsync(args, stdout, stderr);
        return new CommandLineRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
