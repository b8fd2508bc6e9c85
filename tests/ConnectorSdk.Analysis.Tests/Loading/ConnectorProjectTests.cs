using ConnectorSdk.Analysis.Loading;

namespace ConnectorSdk.Analysis.Tests.Loading;

public sealed class ConnectorProjectTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("connectorsdk-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder(params string[] parts)
    {
        var path = Path.Combine([_root, .. parts]);
        Directory.CreateDirectory(path);
        return path;
    }

    [Theory]
    [InlineData("certified-connectors/Contoso", ConnectorKind.Certified)]
    [InlineData("repo/Independent-Publisher-Connectors/Contoso", ConnectorKind.IndependentPublisher)]
    [InlineData("custom-connectors/Contoso", ConnectorKind.Custom)]
    [InlineData("elsewhere/Contoso", ConnectorKind.Custom)]
    public void Kind_IsDetectedFromAnyFolderAbove(string relative, ConnectorKind expected)
        => Assert.Equal(expected, ConnectorProject.DetectKind(Folder(relative.Split('/'))));

    [Fact]
    public void FileNames_MatchInAnyCase_AndTheKindCanBeOverridden()
    {
        var folder = Folder("certified-connectors", "Contoso");
        File.WriteAllText(Path.Combine(folder, "ApiDefinition.Swagger.JSON"), "{}");
        File.WriteAllText(Path.Combine(folder, "APIPROPERTIES.json"), "{}");
        File.WriteAllText(Path.Combine(folder, "README.MD"), "# x");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "ignored");

        var project = ConnectorProject.Load(folder, ConnectorKind.Custom);

        Assert.Equal(ConnectorKind.Custom, project.Kind);
        Assert.Equal(
            [ConnectorFileKind.ApiDefinition, ConnectorFileKind.ApiProperties, ConnectorFileKind.Readme],
            project.Files.Select(f => f.File.Kind).Order());
        Assert.Equal(ConnectorKind.Certified, ConnectorProject.Load(folder).Kind);
    }

    [Fact]
    public void ASwaggerFile_IsAConnectorOfItsOwn()
    {
        var file = Path.Combine(Folder("x"), "api.json");
        File.WriteAllText(file, "{}");

        var project = ConnectorProject.Load(file);

        Assert.True(project.IsSwaggerOnly);
        Assert.Equal(file, Assert.Single(project.Files).File.Path);
    }

    [Fact]
    public void Discover_FindsConnectorFolders_InOrder_AndDoesNotDescendIntoThem()
    {
        foreach (var name in new[] { "b", "a", "a/nested" })
        {
            File.WriteAllText(Path.Combine(Folder(["group", .. name.Split('/')]), "apiProperties.json"), "{}");
        }

        Folder("group", "bin", "ignored");
        File.WriteAllText(Path.Combine(Folder("group", "obj"), "apiDefinition.swagger.json"), "{}");

        Assert.Equal(
            [Path.Combine(_root, "group", "a"), Path.Combine(_root, "group", "b")],
            ConnectorFiles.Discover(_root));
    }

    [Fact]
    public void Discover_OnTheSharedCorpus_FindsEveryConnector()
        => Assert.Equal(115, ConnectorFiles.Discover(TestData.Corpus).Count());
}
