using System.Text.RegularExpressions;

namespace ConnectorSdk.Build.Tests;

/// <summary>
/// What docs/getting-started.md has a user do outside this repository, against the packed packages: create a
/// connector from each template, make corpus connectors projects with the installed `connector init`, and build.
/// One build for the templates and one for the corpus copies: builds are slow.
/// </summary>
[Collection(nameof(PackedSdk))]
public sealed partial class GettingStartedSdkBuildTests(PackedSdk sdk)
{
    /// <summary>Connectors of tests/Data/corpus with errors, warnings or none, of every kind, with spaces in their names.</summary>
    private static readonly string[] CorpusConnectors =
    [
        "certified-connectors/ForceManager CRM",
        "certified-connectors/Pushcut",
        "independent-publisher-connectors/Open Brewery DB",
        "custom-connectors/HR Cloud",
    ];

    [Fact]
    public void EveryTemplate_FromATemplateHive_BuildsClean()
    {
        var root = sdk.NewFolder("templates");
        string[] hive = ["--debug:custom-hive", Path.Combine(root, "hive")];
        AssertSucceeded(sdk.RunIn(root, ["new", "install", Path.Combine(sdk.Feed, $"ConnectorSdk.Templates.{sdk.Version}.nupkg"), .. hive]));
        string[] templates = ["connector-certified", "connector-independent", "connector-custom"];
        foreach (var template in templates)
        {
            AssertSucceeded(sdk.RunIn(Directory.CreateDirectory(Path.Combine(root, template)).FullName, ["new", template, .. hive]));
        }

        var result = sdk.Build(WriteSolution(root, templates.Select(template => Path.Combine(root, template, template + ".csproj"))));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(" warning ", result.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["connector-certified (Certified connector", "connector-custom (Custom connector", "connector-independent (IndependentPublisher connector"],
            AnalyzedClean().Matches(result.Output).Select(match => match.Groups["connector"].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InstalledTool_InitsCorpusConnectors_WhoseBuildsFindWhatValidateFinds()
    {
        // A RID-specific tool: the package that `tool install` names points at these two.
        Assert.All(["linux-x64", "any"], rid => Assert.True(File.Exists(Path.Combine(sdk.Feed, $"ConnectorSdk.Cli.{rid}.{sdk.Version}.nupkg")), rid));
        var root = sdk.NewFolder("corpus");
        var tools = Path.Combine(root, "tools");
        AssertSucceeded(sdk.RunIn(root, "tool", "install", "ConnectorSdk.Cli", "--tool-path", tools, "--version", sdk.Version));
        var connector = Path.Combine(tools, OperatingSystem.IsWindows() ? "connector.exe" : "connector");
        Assert.StartsWith(sdk.Version, Dotnet.RunTool(connector, root, "--version").Output, StringComparison.Ordinal);

        var projects = new List<string>();
        var expected = new List<string>();
        foreach (var name in CorpusConnectors)
        {
            var folder = Path.Combine(root, name);
            CopyFolder(Path.Combine(TestData.Corpus, name), folder);
            AssertSucceeded(Dotnet.RunTool(connector, root, "init", folder));
            projects.Add(Path.Combine(folder, Path.GetFileName(folder) + ".csproj"));
            // validate names files relative to its current folder, the build with full paths.
            expected.AddRange(Findings(Dotnet.RunTool(connector, root, "validate", folder).Output).Select(line => Path.Join(root, line)));
        }

        var result = sdk.Build(WriteSolution(root, projects));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Findings(result.Output).Select(line => line[..line.LastIndexOf(" [", StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>The README's native command (needs clang) packs a Native AOT linux-x64 package that installs in place of the framework-dependent one.</summary>
    [Fact]
    [Trait("Category", "NativeBuild")]
    public void NativeToolPackage_InstallsAsANativeExecutable_ThatFindsWhatTheFrameworkDependentOneFinds()
    {
        var root = sdk.NewFolder("native");
        var feed = Directory.CreateDirectory(Path.Combine(root, "feed")).FullName;
        foreach (var package in Directory.EnumerateFiles(sdk.Feed, "ConnectorSdk.Cli*.nupkg"))
        {
            File.Copy(package, Path.Combine(feed, Path.GetFileName(package)));
        }

        AssertSucceeded(sdk.RunIn(RepositoryFolder.Path, "pack", "src/ConnectorSdk.Cli", "-c", "Release", "-r", "linux-x64", "-p:PublishProfile=NativeAot", "--artifacts-path", Path.Combine(root, "artifacts"), "-o", feed));
        var consumer = Directory.CreateDirectory(Path.Combine(root, "consumer")).FullName;
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""<configuration><packageSources><clear /><add key="feed" value="{feed}" /></packageSources></configuration>""");
        var tools = Path.Combine(root, "tools");
        AssertSucceeded(sdk.RunIn(consumer, "tool", "install", "ConnectorSdk.Cli", "--tool-path", tools, "--version", sdk.Version));

        Assert.Empty(Directory.EnumerateFiles(tools, "ConnectorSdk.Cli.dll", SearchOption.AllDirectories));
        var sample = Path.Combine(RepositoryFolder.Path, "samples", "ContosoTasks.Broken");
        var native = Dotnet.RunTool(Path.Combine(tools, "connector"), consumer, "validate", sample);
        var frameworkDependent = sdk.RunIn(consumer, "run", "--project", Path.Combine(RepositoryFolder.Path, "src", "ConnectorSdk.Cli"), "--", "validate", sample);
        Assert.Equal(1, native.ExitCode);
        Assert.Equal(Findings(frameworkDependent.Output), Findings(native.Output));
    }

    /// <summary>An .slnx of the projects, so that one `dotnet build` restores and builds them all.</summary>
    private static string WriteSolution(string folder, IEnumerable<string> projects)
    {
        var solution = Path.Combine(folder, "All.slnx");
        File.WriteAllText(solution, $"<Solution>{string.Concat(projects.Select(project => $"<Project Path=\"{project}\" />"))}</Solution>");
        return solution;
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>The canonical error and warning lines of an output.</summary>
    private static IEnumerable<string> Findings(string output)
        => output.Split('\n').Select(line => line.TrimEnd()).Where(line => Finding().IsMatch(line));

    private static void AssertSucceeded(DotnetResult result) => Assert.True(result.ExitCode == 0, result.ToString());

    [GeneratedRegex(@"^\S.*\(\d+,\d+,\d+,\d+\): (error|warning) PPC\d{4}: ")]
    private static partial Regex Finding();

    [GeneratedRegex(@"(?<connector>[\w-]+ \(\w+ connector), mode Default\): analyzed, 0 errors, 0 warnings")]
    private static partial Regex AnalyzedClean();
}
