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
    public void NoBaseline_OrAGitRevision_HasNoSwaggerYet_AndIsNotUnreadable(string? setting)
    {
        var baseline = ResolvedBaseline.Resolve(setting);

        Assert.Null(baseline.Swagger);
        Assert.False(baseline.IsUnreadable);
    }

    private string Write(string relativePath)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
        return path;
    }
}
