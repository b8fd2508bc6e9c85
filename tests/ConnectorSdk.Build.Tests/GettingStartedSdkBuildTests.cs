using System.Text.Json;
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

    /// <summary>
    /// docs/getting-started.md's blocks, run with bash as written, in a connector repository beside a copy of this
    /// repository's sources and with a home folder of their own (templates, global tool, feed). The fixture's feed stands in
    /// for the guide's `dotnet pack` line, the only one left out. Order: the templates alone, the whole script (which
    /// installs them again), the tool alone (installed again, from the feed the script named), `connector init` on a
    /// connector without a project, and the framework-dependent build of the clone.
    /// </summary>
    [Fact]
    public void Guide_RunsAsWritten()
    {
        const string Guide = "docs/getting-started.md";
        var blocks = ShellBlock.Read(Guide).Select(block => block.Body).ToList();
        Assert.Equal(5, blocks.Count);
        var root = sdk.NewFolder("guide");
        var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var repository = Directory.CreateDirectory(Path.Combine(root, "connectors")).FullName;
        CopyClone(Path.Combine(root, "ConnectorSdk"));
        CopyFolder(sdk.Feed, Path.Combine(home, "connectorsdk-feed"));
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["DOTNET_CLI_HOME"] = home,
            ["PATH"] = Path.Combine(home, ".dotnet", "tools"),
        };
        var pack = Assert.Single(blocks[0].Split('\n'), line => line.StartsWith("dotnet pack ", StringComparison.Ordinal));
        // A user's own packages folder: the script's nuget.config names the repository's, so that it can clear a stale SDK.
        const string OwnPackages = "unset NUGET_PACKAGES\n";

        AssertSucceeded(Dotnet.RunScript(repository, environment, OwnPackages + blocks[1]));
        AssertSucceeded(Dotnet.RunScript(repository, environment, OwnPackages + blocks[0].Replace(pack, "", StringComparison.Ordinal)));
        AssertSucceeded(Dotnet.RunScript(repository, environment, OwnPackages + blocks[3]));
        CopyFolder(Path.Combine(repository, "Contoso"), Path.Combine(repository, "certified-connectors", "Contoso"), file => !file.EndsWith(".csproj", StringComparison.Ordinal) && IsSource(file));
        AssertSucceeded(Dotnet.RunScript(repository, environment, OwnPackages + blocks[2]));
        // The clone's build restores from the packages folder this repository was restored from: no download.
        var cloneBuild = $"export NUGET_PACKAGES='{RepositoryPackagesFolder()}'\n";
        var frameworkDependent = Dotnet.RunScript(repository, environment, cloneBuild + blocks[4]);

        AssertSucceeded(frameworkDependent);
        Assert.True(File.Exists(Path.Combine(repository, "certified-connectors", "Contoso", "Contoso.csproj")));
        Assert.Contains("1 connector, 0 errors", frameworkDependent.Output, StringComparison.Ordinal);
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

    /// <summary>Copies a folder's files, or those whose path relative to it <paramref name="include"/> accepts.</summary>
    internal static void CopyFolder(string source, string target, Func<string, bool>? include = null)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(source, file)).Where(include ?? (_ => true)))
        {
            var copy = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(Path.Combine(source, file), copy);
        }
    }

    /// <summary>What a clone of this repository holds that `dotnet publish src/ConnectorSdk.Cli` reads: the files of its root and src/.</summary>
    private static void CopyClone(string target)
    {
        CopyFolder(RepositoryFolder.Path, target, file => !file.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal));
        CopyFolder(Path.Combine(RepositoryFolder.Path, "src"), Path.Combine(target, "src"), IsSource);
    }

    /// <summary>A path relative to a project's folder that is not below its bin/ or obj/ folder.</summary>
    internal static bool IsSource(string file) => !file.Split(Path.DirectorySeparatorChar).Any(folder => folder is "bin" or "obj");

    /// <summary>The packages folder this repository's restore used (the first of project.assets.json's package folders).</summary>
    internal static string RepositoryPackagesFolder()
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFolder.Path, "tests", "ConnectorSdk.Build.Tests", "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("packageFolders").EnumerateObject().First().Name;
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
