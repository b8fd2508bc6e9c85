using System.Diagnostics;

namespace ConnectorSdk.Cli.Tests.Infrastructure;

/// <summary>Runs a program in a process of its own, as CI and users run the tool.</summary>
internal static class ChildProcess
{
    /// <summary>The <c>dotnet</c> host running the tests.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    public static Task<CommandLineRun> RunAsync(string fileName, params string[] arguments) => RunInAsync(null, fileName, arguments);

    /// <summary>Runs the program with <paramref name="workingDirectory"/> (null: the tests' own) as its current directory.</summary>
    public static Task<CommandLineRun> RunInAsync(string? workingDirectory, string fileName, params string[] arguments)
        => RunAsync(workingDirectory, new Dictionary<string, string>(), fileName, arguments);

    /// <summary>Runs the program with these environment variables changed (PATH, for one).</summary>
    public static async Task<CommandLineRun> RunAsync(string? workingDirectory, IReadOnlyDictionary<string, string> environment, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CommandLineRun(process.ExitCode, await stdout, await stderr);
    }
}
