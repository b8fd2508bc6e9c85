using System.Reflection;
using Microsoft.Build.Framework;
using Microsoft.Build.Logging.StructuredLogger;

namespace ConnectorSdk.Build.Tests;

/// <summary>An error or warning as a binary log recorded it.</summary>
public sealed record LoggedDiagnostic(string Severity, string Code, string File, int Line, int Column, int EndLine, int EndColumn, string? Message);

/// <summary>
/// The SDK packed once into a throwaway feed, and a folder where connector projects restore it from
/// there into their own packages folder (NuGet caches an SDK by version, so the user's cache is never used).
/// </summary>
public sealed class PackedSdk : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("connectorsdk-e2e-").FullName;
    private readonly Dictionary<string, string> _environment;

    public PackedSdk()
    {
        var feed = Path.Combine(_root, "feed");
        _environment = new() { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        // The SDK, the packages rule pack authors reference (the contract and the verifier), the templates and the tool.
        foreach (var project in new[] { "nuget/ConnectorSdk/ConnectorSdk.csproj", "src/ConnectorSdk.Analysis.Abstractions/ConnectorSdk.Analysis.Abstractions.csproj", "src/ConnectorSdk.Testing/ConnectorSdk.Testing.csproj", "nuget/ConnectorSdk.Templates/ConnectorSdk.Templates.csproj" })
        {
            Pack(project, "--no-build");
        }

        // The tool's packages are built for each runtime identifier, which the solution's build does not do.
        Pack("src/ConnectorSdk.Cli/ConnectorSdk.Cli.csproj", "--no-restore");

        // ConnectorSdk.VERSION.nupkg, not ConnectorSdk.Testing.VERSION.nupkg.
        Package = Directory.EnumerateFiles(feed, "ConnectorSdk.*.nupkg").Single(path => char.IsDigit(Path.GetFileName(path)["ConnectorSdk.".Length]));
        Feed = feed;
        Version = Path.GetFileNameWithoutExtension(Package)["ConnectorSdk.".Length..];

        File.Copy(Path.Combine(RepositoryFolder.Path, "global.json"), Path.Combine(_root, "global.json"));
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />");
    }

    private void Pack(string project, params string[] options)
    {
        var pack = Dotnet.Run(RepositoryFolder.Path, _environment, ["pack", project, .. options, "-c", Configuration, "-o", Path.Combine(_root, "feed")]);
        Assert.True(pack.ExitCode == 0, pack.ToString());
    }

    /// <summary>The configuration the tests were built in: the SDK's packing project was built in it too, so it packs without building.</summary>
    private static string Configuration { get; } = typeof(PackedSdk).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>The folder the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The packed ConnectorSdk.VERSION.nupkg.</summary>
    public string Package { get; }

    /// <summary>The version of every package packed.</summary>
    public string Version { get; }

    /// <summary>A new folder where projects build against the packed SDK.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(_root, $"{name}-{Guid.NewGuid():N}")).FullName;

    /// <summary>Copies a sample into a folder of its own and returns its project file.</summary>
    public string CopySample(string sample)
    {
        var target = NewFolder(sample);
        SampleConnectors.Copy(sample, target);
        return Directory.EnumerateFiles(target, "*.csproj").Single();
    }

    /// <summary>`dotnet build` with the classic console logger: one canonical line per diagnostic.</summary>
    public DotnetResult Build(string project, params string[] arguments) => Run(project, "build", ["-tl:off", "-v:m", .. arguments]);

    /// <summary>
    /// Builds with the terminal logger, which shows help links (as OSC 8 hyperlinks on the codes), and
    /// a binary log, whose errors and warnings are returned (MSBuild 18.9 does not record help links there).
    /// </summary>
    public (DotnetResult Result, IReadOnlyList<LoggedDiagnostic> Diagnostics) BuildWithBinaryLog(string project, params string[] arguments)
    {
        var binaryLog = Path.Combine(Path.GetDirectoryName(project)!, "build.binlog");
        var result = Run(project, "build", ["-tl:on", $"-bl:{binaryLog}", .. arguments]);
        var diagnostics = new BinLogReader().ReadRecords(binaryLog)
            .Select(record => record.Args switch
            {
                BuildErrorEventArgs e => new LoggedDiagnostic("error", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.Message),
                BuildWarningEventArgs w => new LoggedDiagnostic("warning", w.Code, w.File, w.LineNumber, w.ColumnNumber, w.EndLineNumber, w.EndColumnNumber, w.Message),
                _ => null,
            })
            .OfType<LoggedDiagnostic>()
            .ToList();
        return (result, diagnostics);
    }

    /// <summary>Runs a dotnet command (build, clean, ...) on a project.</summary>
    public DotnetResult Run(string project, string command, params string[] arguments) => Dotnet.Run(Path.GetDirectoryName(project)!, _environment, [command, project, .. arguments]);

    /// <summary>`dotnet build` as <see cref="Build(string, string[])"/> does, with these environment variables changed too (PATH, for one).</summary>
    public DotnetResult Build(IReadOnlyDictionary<string, string> environment, string project, params string[] arguments)
        => Dotnet.Run(Path.GetDirectoryName(project)!, new Dictionary<string, string>(_environment.Concat(environment)), ["build", project, "-tl:off", "-v:m", .. arguments]);

    /// <summary>Runs any dotnet command in <paramref name="folder"/>, which restores from the feed into the packages folder of these tests.</summary>
    public DotnetResult RunIn(string folder, params string[] arguments) => Dotnet.Run(folder, _environment, arguments);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>The test classes that build against the packed SDK share one pack, and run one after the other.</summary>
[CollectionDefinition(nameof(PackedSdk))]
public sealed class PackedSdkTestGroup : ICollectionFixture<PackedSdk>;
