using System.Text;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Tests.Loading;

/// <summary>The engine reads through a file system: a connector, its configuration and its suppressions can live in memory only, or over the disk.</summary>
public sealed class InMemoryFileSystemTests : IDisposable
{
    // A duplicate key (PPC0005, a warning) in the swagger, a trailing comma (PPC0003, a warning) in apiProperties.json.
    private const string Swagger = """{ "swagger": "2.0", "info": { "title": "Contoso", "title": "Contoso", "version": "1.0" }, "paths": {} }""";
    private const string ApiProperties = """{ "properties": { "iconBrandColor": "#007ee5" }, }""";

    private readonly string _disk = Directory.CreateTempSubdirectory("connectorsdk-overlay-").FullName;

    public void Dispose() => Directory.Delete(_disk, recursive: true);

    [Fact]
    public void ConnectorInMemoryOnly_IsFound_Configured_AndSuppressed()
    {
        var root = Path.Combine(Path.GetTempPath(), "in-memory-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "connectors", "Contoso");
        var memory = new InMemoryFileSystem();
        memory.SetFile(Path.Combine(root, ".editorconfig"), "root = true\n[*.json]\ndotnet_diagnostic.PPC0003.severity = error\n");
        memory.SetFile(Path.Combine(folder, "apiDefinition.swagger.json"), Swagger);
        memory.SetFile(Path.Combine(folder, "apiProperties.json"), ApiProperties);
        memory.SetFile(Path.Combine(folder, SuppressionsFileName), """[ { "id": "PPC0005", "file": "apiDefinition.swagger.json", "justification": "Kept as published" } ]""");

        Assert.Equal([folder], ConnectorFiles.Discover(root, memory));
        var result = Analyze(ConnectorProject.Load(folder, ConnectorKind.Custom, memory), memory);

        Assert.Equal(
            [("PPC0005", DiagnosticSeverity.Warning, true), ("PPC0003", DiagnosticSeverity.Error, false)],
            result.Diagnostics.Select(d => (d.Id, d.Severity, d.IsSuppressed)));
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void UnsavedBuffer_IsReadInsteadOfTheFileOnDisk_AndItsFolderIsFoundBesideTheDisksOnes()
    {
        var onDisk = Directory.CreateDirectory(Path.Combine(_disk, "Contoso")).FullName;
        File.WriteAllText(Path.Combine(onDisk, "apiDefinition.swagger.json"), Swagger);
        File.WriteAllText(Path.Combine(onDisk, "apiProperties.json"), ApiProperties);
        var buffers = new InMemoryFileSystem(ConnectorFileSystem.Disk);
        buffers.SetFile(Path.Combine(onDisk, "apiProperties.json"), """{ "properties": { "iconBrandColor": "#007ee5" } }""");
        buffers.SetFile(Path.Combine(_disk, "Fabrikam", "apiDefinition.swagger.json"), Swagger);

        var result = Analyze(ConnectorProject.Load(onDisk, ConnectorKind.Custom, buffers), buffers);

        Assert.Equal(["PPC0005"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal([onDisk, Path.Combine(_disk, "Fabrikam")], ConnectorFiles.Discover(_disk, buffers));
        Assert.True(buffers.RemoveFile(Path.Combine(onDisk, "apiProperties.json")));
        Assert.Equal(ApiProperties, Encoding.UTF8.GetString(buffers.ReadAllBytes(Path.Combine(onDisk, "apiProperties.json"))));
    }

    [Fact]
    public void Folders_AreThoseOnTheWayToAFile_NotAPrefixOfOne()
    {
        var memory = new InMemoryFileSystem();
        memory.SetFile("/m/ab/c.json", "{}");

        Assert.True(memory.DirectoryExists("/m/ab"));
        Assert.True(memory.DirectoryExists("/m/"));
        Assert.False(memory.DirectoryExists("/m/a"));
        Assert.Equal(["/m/ab"], memory.EnumerateDirectories("/m"));
        Assert.Equal(["/m/ab/c.json"], memory.EnumerateFiles("/m/ab"));
        Assert.Throws<FileNotFoundException>(() => memory.ReadAllBytes("/m/ab/d.json"));
    }

    private const string SuppressionsFileName = "connector.suppressions.json";

    private static AnalysisResult Analyze(ConnectorProject project, ConnectorFileSystem fileSystem)
        => new AnalysisEngine([], new AnalysisOptions { FileSystem = fileSystem }).Analyze(project);
}
