using ConnectorSdk.Analysis;

namespace ConnectorSdk.Hosting.Tests;

public sealed class ResolvedBaselineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("connectorsdk-baseline-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void SwaggerFile_IsItself()
    {
        var swagger = Write("previous/contoso.json");

        var baseline = ResolvedBaseline.Resolve(swagger);

        Assert.Equal((ConnectorFileKind.ApiDefinition, swagger), (baseline.Swagger?.File.Kind, baseline.Swagger?.File.Path));
        Assert.False(baseline.IsUnreadable);
    }

    [Fact]
    public void ConnectorFolder_GivesItsSwagger()
    {
        var swagger = Write("previous/apiDefinition.swagger.json");

        Assert.Equal(swagger, ResolvedBaseline.Resolve(Path.GetDirectoryName(swagger)).Swagger?.File.Path);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("previous")]
    public void MissingPath_OrFolderWithoutASwagger_IsUnreadable(string name)
    {
        Write("previous/apiProperties.json");
        var path = Path.Combine(_folder, name);

        var baseline = ResolvedBaseline.Resolve(path);

        Assert.True(baseline.IsUnreadable);
        Assert.Equal((path, path), (baseline.Setting, baseline.FullPath));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("git:HEAD~1")]
    public void NoBaseline_OrAGitRevision_HasNoSwaggerOfItsOwn_AndIsNotUnreadable(string? setting)
    {
        var baseline = ResolvedBaseline.Resolve(setting);

        Assert.Null(baseline.Swagger);
        Assert.False(baseline.IsUnreadable);
    }

    [Fact]
    public void SwaggerFile_ComparesTheSwaggerOnly_Folder_ApiPropertiesToo()
    {
        var swagger = Write("previous/apiDefinition.swagger.json");
        Write("previous/apiProperties.json");

        var file = ResolvedBaseline.Resolve(swagger).For(_folder, out var fileProblem);
        var folder = ResolvedBaseline.Resolve(Path.GetDirectoryName(swagger)).For(_folder, out var folderProblem);

        Assert.Equal([ConnectorFileKind.ApiDefinition], file!.Files.Select(f => f.File.Kind));
        Assert.Equal([ConnectorFileKind.ApiDefinition, ConnectorFileKind.ApiProperties], folder!.Files.Select(f => f.File.Kind).Order());
        Assert.Equal((null, null), (fileProblem, folderProblem));
    }

    [Fact]
    public void GitRevision_GivesEachConnectorsFilesAtTheRevision()
    {
        var swagger = Write("connectors/Contoso/apiDefinition.swagger.json", """{ "swagger": "2.0", "info": { "title": "First" } }""");
        Write("connectors/Contoso/apiProperties.json", "{}");
        Git("init", "--quiet");
        Git("add", ".");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", "First");
        File.WriteAllText(swagger, "{}");

        var previous = ResolvedBaseline.Resolve("git:HEAD").For(Path.GetDirectoryName(swagger)!, out var problem);

        Assert.Null(problem);
        var files = previous!.Files.ToDictionary(f => f.File.Kind, f => System.Text.Encoding.UTF8.GetString(f.ReadAllBytes()));
        Assert.Equal("""{ "swagger": "2.0", "info": { "title": "First" } }""", files[ConnectorFileKind.ApiDefinition]);
        Assert.Equal("{}", files[ConnectorFileKind.ApiProperties]);
    }

    [Fact]
    public void GitRevision_ConnectorNewAtTheRevision_HasNothingToCompare()
    {
        Write("old/apiDefinition.swagger.json");
        Git("init", "--quiet");
        Git("add", ".");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", "First");
        var connector = Path.GetDirectoryName(Write("new/apiDefinition.swagger.json"))!;

        Assert.Null(ResolvedBaseline.Resolve("git:HEAD").For(connector, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("git:HEAD", "is not inside a git repository")]
    [InlineData("git:-v", "'-v' is not a git revision")]
    public void GitRevision_ThatCannotBeRead_SaysWhy(string setting, string reason)
    {
        Assert.Null(ResolvedBaseline.Resolve(setting).For(_folder, out var problem));
        Assert.EndsWith(reason, problem, StringComparison.Ordinal);
    }

    private void Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = System.Diagnostics.Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, error);
    }

    private string Write(string relativePath, string content = "{}")
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
