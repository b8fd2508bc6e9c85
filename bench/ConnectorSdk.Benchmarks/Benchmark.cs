using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ConnectorSdk.Benchmarks;

/// <summary>
/// Times whole processes, as a user or CI job meets them: start-up and JIT included. Publishes the CLI (as
/// <c>dotnet publish</c> gives it and, where the machine can build it, its native build) and this program
/// (which shares the CLI's runtime settings) into artifacts/bench, then runs an empty start, the floor and
/// <c>connector validate</c> in turns, and prints medians, peak memory and the ratios.
/// </summary>
internal static partial class Benchmark
{
    private const string Usage = "usage: dotnet run -c Release --project bench/ConnectorSdk.Benchmarks -- PATH [--runs N] [--cli DIR/ConnectorSdk.Cli.dll] [--no-native]";
    private const string TimeTool = "/usr/bin/time";

    public static int Run(string[] args)
    {
        if (!TryParse(args, out var path, out var runs, out var cli, out var native))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var repository = FindRepository();
        cli ??= Publish(repository, "src/ConnectorSdk.Cli", "cli", "ConnectorSdk.Cli.dll");
        var self = Publish(repository, "bench/ConnectorSdk.Benchmarks", "self", "ConnectorSdk.Benchmarks.dll");
        List<Measurement> measurements =
        [
            new("empty dotnet app", ["dotnet", self, "--empty"]),
            new("floor: read, parse, walk", ["dotnet", self, "--floor", path]),
            new("connector validate (sarif)", ["dotnet", cli, .. Validate(path)]),
        ];
        if (native && PublishNative(repository) is { } nativeCli)
        {
            RequireSameReport(path, ["dotnet", cli], [nativeCli]);
            measurements.Add(new("native validate (sarif)", [nativeCli, .. Validate(path)]));
        }

        // One untimed round warms the file cache and shows what each process reports.
        foreach (var measurement in measurements)
        {
            Console.WriteLine($"{measurement.Name}: {measurement.RunOnce().Output}");
        }

        for (var round = 0; round < runs; round++)
        {
            foreach (var measurement in measurements)
            {
                measurement.Record(measurement.RunOnce());
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{path}: median of {runs} runs, whole process");
        foreach (var measurement in measurements)
        {
            var peak = measurement.PeakMegabytes is { } megabytes ? $"peak {megabytes,5:F0} MB" : "peak n/a (no /usr/bin/time)";
            Console.WriteLine($"  {measurement.Name,-36} {measurement.MedianSeconds,6:F2} s   {peak}");
        }

        foreach (var validate in measurements.Skip(2))
        {
            Console.WriteLine($"  {validate.Name + " / floor",-36} {validate.MedianSeconds / measurements[1].MedianSeconds,6:F2} x");
        }

        return 0;
    }

    private static string[] Validate(string path, string output = "/dev/null") => ["validate", path, "--format", "sarif", "--output", output];

    /// <summary>The CLI's native build (its NativeAot publish profile), or null with a note when this machine cannot build it.</summary>
    private static string? PublishNative(string repository)
    {
        var output = Path.Combine(repository, "artifacts", "bench", "cli-native");
        var publish = Run("dotnet", ["publish", Path.Combine(repository, "src/ConnectorSdk.Cli"), "-c", "Release", "-p:PublishProfile=NativeAot", "-o", output, "--nologo"]);
        if (publish.ExitCode != 0)
        {
            var reason = publish.Output.Split('\n').FirstOrDefault(line => line.Contains("error", StringComparison.Ordinal))?.Trim();
            Console.WriteLine($"native build left out: it could not be published ({reason ?? "dotnet publish failed"})");
            return null;
        }

        return Path.Combine(output, "ConnectorSdk.Cli");
    }

    /// <summary>Both builds must report the same, or comparing their times means nothing.</summary>
    private static void RequireSameReport(string path, string[] first, string[] second)
    {
        var reports = new[] { first, second }.Select(command =>
        {
            var report = Path.GetTempFileName();
            try
            {
                Run(command[0], [.. command.Skip(1), .. Validate(path, report)]);
                return File.ReadAllText(report);
            }
            finally
            {
                File.Delete(report);
            }
        }).ToArray();
        if (reports[0] != reports[1])
        {
            throw new InvalidOperationException($"'{string.Join(' ', first)}' and '{string.Join(' ', second)}' report differently on {path}.");
        }
    }

    private static bool TryParse(string[] args, out string path, out int runs, out string? cli, out bool native)
    {
        (path, runs, cli, native) = ("", 5, null, true);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out runs) && runs > 0:
                    i++;
                    break;
                case "--cli" when i + 1 < args.Length:
                    cli = Path.GetFullPath(args[++i]);
                    break;
                case "--no-native":
                    native = false;
                    break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && path.Length == 0:
                    path = Path.GetFullPath(value);
                    break;
                default:
                    return false;
            }
        }

        return path.Length > 0 && Directory.Exists(path);
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ConnectorSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ConnectorSdk.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Publishes a project in Release into artifacts/bench/NAME, as users get it, and returns the dll.</summary>
    private static string Publish(string repository, string project, string name, string dll)
    {
        var output = Path.Combine(repository, "artifacts", "bench", name);
        var publish = Run("dotnet", ["publish", Path.Combine(repository, project), "-c", "Release", "-o", output, "--nologo"]);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} failed:\n{publish.Output}");
        }

        return Path.Combine(output, dll);
    }

    private static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (output + error.Result).Trim());
    }

    private sealed class Measurement(string name, string[] command)
    {
        private readonly List<double> _seconds = [];
        private readonly List<double> _peakMegabytes = [];

        public string Name => name;

        public double MedianSeconds => Median(_seconds);

        public double? PeakMegabytes => _peakMegabytes.Count > 0 ? Median(_peakMegabytes) : null;

        public (double Seconds, double? PeakMegabytes, string Output) RunOnce()
        {
            var report = Path.GetTempFileName();
            try
            {
                var timed = File.Exists(TimeTool);
                var stopwatch = Stopwatch.StartNew();
                var (exitCode, output) = timed
                    ? Run(TimeTool, ["-v", "-o", report, .. command])
                    : Run(command[0], command.Skip(1));
                var seconds = stopwatch.Elapsed.TotalSeconds;

                // validate exits 1 when it finds errors; 2 and above mean it failed.
                if (exitCode > 1)
                {
                    throw new InvalidOperationException($"{name} exited with {exitCode}:\n{output}");
                }

                double? peak = timed && PeakResidentKilobytes().Match(File.ReadAllText(report)) is { Success: true } match
                    ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) / 1024
                    : null;
                return (seconds, peak, output);
            }
            finally
            {
                File.Delete(report);
            }
        }

        public void Record((double Seconds, double? PeakMegabytes, string Output) run)
        {
            _seconds.Add(run.Seconds);
            if (run.PeakMegabytes is { } peak)
            {
                _peakMegabytes.Add(peak);
            }
        }

        private static double Median(List<double> values)
        {
            var sorted = values.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakResidentKilobytes();
}
