using System.Text.Json;
using System.Xml.Linq;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>
/// The `dotnet new` templates of nuget/ConnectorSdk.Templates, created as a user creates them (from a throwaway
/// template hive), validate clean for their kind in Default mode, whatever rules exist. The end-to-end tests
/// build them against the packed SDK.
/// </summary>
public sealed class TemplateTests(TemplateHive hive) : IClassFixture<TemplateHive>
{
    public static TheoryData<string, string> Templates => new()
    {
        { "connector-certified", "Certified" },
        { "connector-independent", "IndependentPublisher" },
        { "connector-custom", "Custom" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_WritesIntoTheFolder_AProjectOfItsKind_ThatValidatesClean(string template, string kind)
    {
        var folder = await hive.CreateAsync(template, "-n", "Starter");

        var project = XDocument.Load(Path.Combine(folder, "Starter.csproj")).Root!;
        Assert.Equal($"ConnectorSdk/{InitCommand.SdkVersion}", project.Attribute("Sdk")!.Value);
        Assert.Equal(kind, project.Descendants("ConnectorKind").Single().Value);
        Assert.Subset(Directory.EnumerateFiles(folder).Select(Path.GetFileName).ToHashSet(), new HashSet<string?> { "apiDefinition.swagger.json", "apiProperties.json", "readme.md" });

        var run = await CommandLine.RunAsync("validate", folder, "--kind", kind);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["1 connector, 0 errors, 0 warnings"], run.StdoutLines);
    }

    [Fact]
    public async Task Options_SetTitlePublisherHostCategoryAndBrandColor()
    {
        var folder = await hive.CreateAsync("connector-certified", "--title", "Acme Orders", "--publisher", "Acme Inc", "--host", "api.acme.com", "--category", "Sales and CRM", "--brand-color", "#1f6fb2");

        using var swagger = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "apiDefinition.swagger.json")));
        using var apiProperties = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "apiProperties.json")));
        var root = swagger.RootElement;
        var properties = apiProperties.RootElement.GetProperty("properties");
        Assert.Equal("Acme Orders", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("Acme Inc", root.GetProperty("info").GetProperty("contact").GetProperty("name").GetString());
        Assert.Equal("api.acme.com", root.GetProperty("host").GetString());
        Assert.Contains(root.GetProperty("x-ms-connector-metadata").EnumerateArray(), entry => entry.GetProperty("propertyValue").GetString() == "Sales and CRM");
        Assert.Equal("Acme Inc", properties.GetProperty("publisher").GetString());
        Assert.Equal("Acme Inc", properties.GetProperty("stackOwner").GetString());
        Assert.Equal("#1f6fb2", properties.GetProperty("iconBrandColor").GetString());
        Assert.StartsWith("# Acme Orders\n", File.ReadAllText(Path.Combine(folder, "readme.md")), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await CommandLine.RunAsync("validate", folder, "--kind", "Certified")).ExitCode);
    }

    [Fact]
    public async Task IndependentPublisherTemplate_FixesTheBrandColor_AndShipsNoIcon()
    {
        var folder = await hive.CreateAsync("connector-independent");

        using var apiProperties = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "apiProperties.json")));
        Assert.Equal("#da3b01", apiProperties.RootElement.GetProperty("properties").GetProperty("iconBrandColor").GetString());
        Assert.False(File.Exists(Path.Combine(folder, "icon.png")));
        Assert.NotEqual(0, (await hive.RunAsync(hive.NewFolder(), "connector-independent", "--brand-color", "#1f6fb2")).ExitCode);
    }

    [Fact]
    public async Task CategoryOutsideTheAllowedList_IsRefused_AndNothingIsWritten()
    {
        var folder = hive.NewFolder();

        var run = await hive.RunAsync(folder, "connector-custom", "--category", "Weather");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }
}

/// <summary>A throwaway template hive with the templates of nuget/ConnectorSdk.Templates installed from their source folder.</summary>
public sealed class TemplateHive : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("connector-templates-").FullName;

    public TemplateHive()
    {
        var install = ChildProcess.RunAsync(ChildProcess.DotnetHost, ["new", "install", Path.Combine(RepositoryFolder.Path, "nuget", "ConnectorSdk.Templates", "content"), .. HiveArguments]).GetAwaiter().GetResult();
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
    }

    private string[] HiveArguments => ["--debug:custom-hive", Path.Combine(_root, "hive")];

    public string NewFolder() => Directory.CreateDirectory(Path.Combine(_root, Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Runs the template in a new empty folder and returns the folder.</summary>
    public async Task<string> CreateAsync(string template, params string[] options)
    {
        var folder = NewFolder();
        var run = await RunAsync(folder, template, options);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        return folder;
    }

    internal Task<CommandLineRun> RunAsync(string folder, string template, params string[] options)
        => ChildProcess.RunInAsync(folder, ChildProcess.DotnetHost, ["new", template, .. options, .. HiveArguments]);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
