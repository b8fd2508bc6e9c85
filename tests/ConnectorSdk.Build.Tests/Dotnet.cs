using System.Diagnostics;

namespace ConnectorSdk.Build.Tests;

public sealed record DotnetResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}:\n{Output}";
}

/// <summary>Runs the dotnet CLI as a user would, isolated from the MSBuild that runs the tests.</summary>
internal static class Dotnet
{
    private static string Host { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    public static DotnetResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
        => RunProgram(Host, workingDirectory, environment, arguments);

    /// <summary>Runs a program that .NET installed (a tool's command), as <see cref="Run"/> runs dotnet, with this .NET as its runtime.</summary>
    public static DotnetResult RunTool(string program, string workingDirectory, params string[] arguments)
        => RunProgram(program, workingDirectory, new Dictionary<string, string> { ["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(Host)) ?? "" }, arguments);

    /// <summary>Runs a bash script as a user's shell would (stopping at the first failing command), with this .NET first on PATH.</summary>
    public static DotnetResult RunScript(string workingDirectory, IReadOnlyDictionary<string, string> environment, string script)
    {
        var dotnetFolder = Path.GetDirectoryName(Path.GetFullPath(Host)) ?? "";
        string?[] folders = [environment.GetValueOrDefault("PATH"), dotnetFolder, Environment.GetEnvironmentVariable("PATH")];
        var path = string.Join(Path.PathSeparator, folders.Where(folder => !string.IsNullOrEmpty(folder)));
        return RunProgram("bash", workingDirectory, new Dictionary<string, string>(environment) { ["DOTNET_ROOT"] = dotnetFolder, ["PATH"] = path }, ["-e", "-c", script]);
    }

    private static DotnetResult RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        // No node outlives its build: a reused node would hold the output pipes open and the task assembly loaded.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new(process.ExitCode, output + errors.Result);
    }
}
