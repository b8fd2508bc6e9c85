using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;

namespace ConnectorSdk.Analysis.Tests.Loading;

/// <summary>
/// A connector folder without apiDefinition.swagger.json but with <c>*.swagger.json</c> files beside it: PPC0001 names
/// them, and the only one is analyzed as the swagger (located under its own name).
/// </summary>
public sealed class MisnamedSwaggerTests : IDisposable
{
    private const string Swagger = """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "paths": {} }""";

    private static readonly DiagnosticDescriptor AtSwagger = TestDescriptors.Create("PPC9001");

    // A rule that reports once at the swagger's root, wherever the swagger is.
    private static readonly DelegateAnalyzer SwaggerRule = new(context => context.RegisterSwaggerAction(c => c.Report(AtSwagger, c.Swagger.Root.Location, "swagger")), AtSwagger);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "misnamed-" + Guid.NewGuid().ToString("N"), "Contoso");
    private readonly string _disk = Directory.CreateTempSubdirectory("connectorsdk-misnamed-").FullName;
    private readonly InMemoryFileSystem _memory = new();

    public void Dispose() => Directory.Delete(_disk, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    private AnalysisResult Analyze(ConnectorProject project)
        => new AnalysisEngine([SwaggerRule], new AnalysisOptions { FileSystem = _memory }).Analyze(project);

    private ConnectorProject Load(params string[] names)
    {
        _memory.SetFile(InFolder("apiProperties.json"), """{ "properties": {} }""");
        foreach (var name in names)
        {
            _memory.SetFile(InFolder(name), Swagger);
        }

        return ConnectorProject.Load(_folder, ConnectorKind.Custom, _memory);
    }

    private static (string Id, string File, string Message)[] Reported(AnalysisResult result)
        => [.. result.Diagnostics.Select(d => (d.Id, Path.GetFileName(d.Location.FilePath), d.GetMessage()))];

    [Fact]
    public void None_IsTheMissingFile_AsBefore()
    {
        var project = Load("notes.json");

        Assert.Empty(project.MisnamedSwaggers);
        Assert.Equal(
            [("PPC0001", "apiDefinition.swagger.json", "The connector has no apiDefinition.swagger.json; every connector needs one (file names match in any letter case)")],
            Reported(Analyze(project)));
    }

    [Fact]
    public void One_IsAnalyzedAsTheSwagger_UnderItsOwnName_AndStillAnError()
    {
        var project = Load("apiDefination.swagger.json");

        Assert.Equal([InFolder("apiDefination.swagger.json")], project.MisnamedSwaggers);
        var result = Analyze(project);
        Assert.Equal(
            [
                ("PPC0001", "apiDefination.swagger.json", "The connector has no apiDefinition.swagger.json; 'apiDefination.swagger.json' was analyzed in its place, but certification requires the exact name: rename it to apiDefinition.swagger.json"),
                ("PPC9001", "apiDefination.swagger.json", "Found swagger"),
            ],
            Reported(result));
        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics[0].Severity);
    }

    [Fact]
    public void Two_AreListed_AndNeitherIsAnalyzed()
    {
        var project = Load("Contoso.Swagger.JSON", "apiDefination.swagger.json");

        Assert.Equal([InFolder("Contoso.Swagger.JSON"), InFolder("apiDefination.swagger.json")], project.MisnamedSwaggers);
        Assert.DoesNotContain(project.Files, f => f.File.Kind == ConnectorFileKind.ApiDefinition);
        Assert.Equal(
            [("PPC0001", "apiDefinition.swagger.json", "The connector has no apiDefinition.swagger.json but 'Contoso.Swagger.JSON', 'apiDefination.swagger.json' beside it; none was analyzed, as it is unclear which one is the connector's swagger: rename that one to apiDefinition.swagger.json")],
            Reported(Analyze(project)));
    }

    /// <summary>The conventional name matches in any letter case, as in the real repository: a case variant is the swagger, not a misnamed one, though the in-memory file system compares paths exactly.</summary>
    [Fact]
    public void CaseVariant_IsTheSwagger_AndOtherSwaggersBesideItAreNotMisnamed()
    {
        var project = Load("ApiDefinition.Swagger.json", "old.swagger.json");

        Assert.Empty(project.MisnamedSwaggers);
        Assert.Equal([("PPC9001", "ApiDefinition.Swagger.json", "Found swagger")], Reported(Analyze(project)));
    }

    [Fact]
    public void ASwaggerFileGivenOnItsOwn_IsNotMisnamed()
    {
        _memory.SetFile(InFolder("contoso.swagger.json"), Swagger);

        var project = ConnectorProject.Load(InFolder("contoso.swagger.json"), ConnectorKind.Custom, _memory);

        Assert.Empty(project.MisnamedSwaggers);
        Assert.Equal([("PPC9001", "contoso.swagger.json", "Found swagger")], Reported(Analyze(project)));
    }

    /// <summary>The build's path: the files the host lists, and the folder's misnamed swagger only when none of them is the swagger.</summary>
    [Fact]
    public void FromFiles_LooksForAMisnamedSwagger_OnlyWhenTheHostListsNone()
    {
        var apiProperties = new ConnectorFile(ConnectorFileKind.ApiProperties, Path.Combine(_disk, "apiProperties.json"));
        var listed = new ConnectorFile(ConnectorFileKind.ApiDefinition, Path.Combine(_disk, "generated", "openapi.json"));
        File.WriteAllText(Path.Combine(_disk, "apiDefination.swagger.json"), Swagger);

        var found = ConnectorProject.FromFiles(_disk, ConnectorKind.Custom, [apiProperties]);
        var given = ConnectorProject.FromFiles(_disk, ConnectorKind.Custom, [apiProperties, listed]);

        Assert.Equal([Path.Combine(_disk, "apiDefination.swagger.json")], found.MisnamedSwaggers);
        Assert.Equal(Path.Combine(_disk, "apiDefination.swagger.json"), Assert.Single(found.Files, f => f.File.Kind == ConnectorFileKind.ApiDefinition).File.Path);
        Assert.Empty(given.MisnamedSwaggers);
        Assert.Equal(listed, Assert.Single(given.Files, f => f.File.Kind == ConnectorFileKind.ApiDefinition).File);
    }
}
