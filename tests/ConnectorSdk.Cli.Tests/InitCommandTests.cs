using System.Xml.Linq;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task WritesFolderNameProject_NamingThisVersionOfTheSdk_AndTouchesNoOtherFile()
    {
        var connector = _temp.WriteCleanConnector("Contoso Tasks");
        var before = Snapshot(connector);

        var run = await CommandLine.RunAsync("init", connector);

        var project = Path.Combine(connector, "Contoso Tasks.csproj");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Equal([$"Wrote {project}; `dotnet build` there validates the connector."], run.StdoutLines);
        Assert.Equal($"ConnectorSdk/{InitCommand.SdkVersion}", XDocument.Load(project).Root!.Attribute("Sdk")!.Value);
        var after = Snapshot(connector);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Equal(before, after.Where(entry => !entry.StartsWith(project + "\0", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("APIPROPERTIES.JSON")]
    [InlineData("apiDefinition.swagger.json")]
    public async Task AcceptsAFolderWithEitherConnectorFile_InAnyLetterCase(string file)
    {
        _temp.Write($"Contoso/{file}", "{}");

        var run = await CommandLine.RunAsync("init", Path.Combine(_temp.Path, "Contoso"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "Contoso", "Contoso.csproj")));
    }

    [Fact]
    public async Task Refuses_AFolderThatDoesNotExist()
    {
        var missing = Path.Combine(_temp.Path, "missing");

        var run = await CommandLine.RunAsync("init", missing);

        AssertRefused(run, $"connector: error: '{missing}' is not a folder; `connector init` makes an existing connector folder a project.");
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Refuses_AFolderWithAnyProjectFile()
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        _temp.Write("Contoso/Other.csproj", "<Project />");
        var before = Snapshot(connector);

        var run = await CommandLine.RunAsync("init", connector);

        AssertRefused(run, $"connector: error: '{connector}' already holds a project file, Other.csproj; `connector init` writes one only into a folder without any.");
        Assert.Equal(before, Snapshot(connector));
    }

    [Fact]
    public async Task Refuses_AFolderWithoutConnectorFiles()
    {
        var folder = Path.GetDirectoryName(_temp.Write("docs/readme.md", "# Not a connector"))!;

        var run = await CommandLine.RunAsync("init", folder);

        AssertRefused(run, $"connector: error: '{folder}' holds neither apiDefinition.swagger.json nor apiProperties.json; `connector init` needs a connector folder.");
        Assert.Equal([Path.Combine(folder, "readme.md")], Directory.EnumerateFiles(folder));
    }

    private static void AssertRefused(CommandLineRun run, string line)
    {
        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal([line], run.StderrLines);
    }

    /// <summary>Every file of the folder with its content and time of last write.</summary>
    private static List<string> Snapshot(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => $"{path}\0{File.ReadAllText(path)}\0{File.GetLastWriteTimeUtc(path):O}")
            .ToList();
}
