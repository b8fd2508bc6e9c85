using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Build.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.Tests;

public sealed class AnalyzeConnectorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("connectorsdk-tests-").FullName;
    private readonly RecordingBuildEngine _engine;

    // As in a build, the task node is in the SDK's targets, inside the package, not in the project.
    public AnalyzeConnectorTests() => _engine = new RecordingBuildEngine(Path.Combine(_folder, "packages", "connectorsdk", "Sdk", "Sdk.targets"));

    private string CacheFile => Path.Combine(_folder, "cache.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MissingFiles_AreErrors_WithCodeFileHelpLinkAndMessage_AndNoCache()
    {
        File.WriteAllText(CacheFile, "[]");

        Assert.False(Run());

        Assert.Equal(
            [
                ("PPC0001", Path.Combine(_folder, "apiDefinition.swagger.json"), 0, 0, "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC0001.md"),
                ("PPC0001", Path.Combine(_folder, "apiProperties.json"), 0, 0, "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC0001.md"),
            ],
            _engine.Errors.Select(e => (e.Code, e.File, e.LineNumber, e.ColumnNumber, e.HelpLink)));
        Assert.StartsWith("The connector has no apiDefinition.swagger.json", _engine.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(File.Exists(CacheFile));
    }

    [Fact]
    public void ConnectorFileItems_AreWhatIsAnalyzed_NotTheFolder()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "definitions")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "contoso.swagger.json"), """{"swagger": "2.0", "info": {"title": "Contoso", "version": "1.0"}, "paths": {}}""");
        File.WriteAllText(Path.Combine(_folder, "apiProperties.json"), """{"properties": {"iconBrandColor": "#123456"}}""");

        Assert.True(Run(task => task.Files =
        [
            new TaskItem(Path.Combine(elsewhere, "contoso.swagger.json"), new Dictionary<string, string> { ["Kind"] = "ApiDefinition" }),
            new TaskItem(Path.Combine(_folder, "apiProperties.json"), new Dictionary<string, string> { ["Kind"] = "apiproperties" }),
        ]));

        Assert.Empty(_engine.Errors);
    }

    [Theory]
    [InlineData(null, "ConnectorFile 'swagger.json' Kind '' cannot be used: expected one of ApiDefinition, ApiProperties, Readme, Intro, Icon, Script, Settings")]
    [InlineData("Swagger", "ConnectorFile 'swagger.json' Kind 'Swagger' cannot be used: expected one of ApiDefinition, ApiProperties, Readme, Intro, Icon, Script, Settings")]
    public void ConnectorFileItem_WithoutAKnownKind_IsPPC0012(string? kind, string message)
    {
        var item = new TaskItem("swagger.json");
        if (kind is not null)
        {
            item.SetMetadata("Kind", kind);
        }

        Assert.False(Run(task => task.Files = [item]));

        AssertLoggedAtTheProject("PPC0012", message);
    }

    [Fact]
    public void NoWarn_DropsDiagnostics_AndASuccessfulRunIsCached()
    {
        Assert.True(Run(task => task.NoWarn = "PPC0001"));

        Assert.Empty(_engine.Errors);
        Assert.Empty(AnalysisCache.Load(CacheFile).Diagnostics);
    }

    [Fact]
    public void Warning_IsLoggedWithEveryField_AndCachedAsLogged()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        SampleConnectors.AddTrailingComma(_folder);

        Assert.True(Run());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(
            (null, "PPC0003", null, "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC0003.md", Path.Combine(_folder, "apiProperties.json"), 23, 32, 23, 33, SampleConnectors.TrailingCommaMessage),
            (warning.Subcategory, warning.Code, warning.HelpKeyword, warning.HelpLink, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.Message));
        var cached = Assert.Single(AnalysisCache.Load(CacheFile).Diagnostics);
        Assert.Equal(
            (warning.Code, warning.HelpLink, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.Message),
            (cached.Code, cached.HelpLink, cached.File, cached.Line, cached.Column, cached.EndLine, cached.EndColumn, cached.Message));
    }

    public static TheoryData<string> BuildCases => [.. WarningFlagCases.ForBuild.Select(c => c.Name)];

    /// <summary>The table of warning-flag cases through the task; SdkBuildTests passes it through a real build.</summary>
    [Theory]
    [MemberData(nameof(BuildCases))]
    public void WarningProperties_GiveTheTablesSeverity(string name)
    {
        var flagCase = WarningFlagCases.ForBuild.Single(c => c.Name == name);
        WarningFlagCases.WriteConnector(flagCase, _folder);
        var properties = flagCase.Properties!;

        var succeeded = Run(task =>
        {
            task.NoWarn = properties.GetValueOrDefault("NoWarn");
            task.WarningsAsErrors = properties.GetValueOrDefault("WarningsAsErrors");
            task.WarningsNotAsErrors = properties.GetValueOrDefault("WarningsNotAsErrors");
            task.TreatWarningsAsErrors = properties.ContainsKey("TreatWarningsAsErrors");
        });

        string[] expected = flagCase.Expected is "error" or "warning" ? [$"{flagCase.Expected} PPC0003"] : [];
        Assert.Equal(expected, _engine.Logged);
        Assert.Equal(flagCase.Expected is "info", _engine.Messages.Any(m => m.Code == "PPC0003"));
        Assert.Equal(flagCase.Expected != "error", succeeded);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("IndependentPublisher", null, "error PPC2004")]
    [InlineData("independentpublisher", "None", null)]
    public void KindAndMode_ReachTheEngine(string? kind, string? mode, string? logged)
    {
        SampleConnectors.Copy("ContosoTasks", _folder);

        Run(task => (task.Kind, task.Mode) = (kind, mode));

        Assert.Equal(logged is null ? [] : [logged], _engine.Logged);
    }

    [Theory]
    [InlineData(null, null, "(Custom connector, mode Default): analyzed, 0 errors, 1 warning")]
    [InlineData("IndependentPublisher", "Recommended", "(IndependentPublisher connector, mode Recommended): analyzed, 1 error, 1 warning")]
    public void EveryAnalysis_SaysWhatItAnalyzed_AtHighImportance(string? kind, string? mode, string summary)
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        SampleConnectors.AddTrailingComma(_folder);

        Run(task => (task.Kind, task.Mode) = (kind, mode));

        var message = Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High);
        Assert.Equal(Path.GetFileName(_folder) + " " + summary, message.Message);
    }

    [Fact]
    public void HelpLinkBase_ResolvesRelativeHelpLinks()
    {
        Run(task => task.HelpLinkBase = "https://docs.contoso.example/connectorsdk");

        Assert.All(_engine.Errors, e => Assert.Equal("https://docs.contoso.example/connectorsdk/docs/rules/PPC0001.md", e.HelpLink));
    }

    [Fact]
    public void UnreadableBaseline_IsPPC0010_WhereTheBaselineWasExpected()
    {
        var baseline = Path.Combine(_folder, "previous", "apiDefinition.swagger.json");

        Assert.False(Run(task => (task.NoWarn, task.Baseline) = ("PPC0001", baseline)));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("PPC0010", baseline), (error.Code, error.File));
        Assert.Contains($"'{baseline}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineFolderWithASwagger_IsAccepted()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "previous"));
        File.WriteAllText(Path.Combine(_folder, "previous", "ApiDefinition.swagger.json"), """{ "swagger": "2.0", "paths": {} }""");

        Assert.True(Run(task => (task.NoWarn, task.Baseline) = ("PPC0001", Path.Combine(_folder, "previous"))));
    }

    [Fact]
    public void SwaggerFileBaseline_ComparesTheSwagger_FolderBaseline_ApiPropertiesToo()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        var previous = Directory.CreateDirectory(Path.Combine(_folder, "previous")).FullName;
        SampleConnectors.Copy("ContosoTasks", previous);
        DeleteOperation(Path.Combine(_folder, "apiDefinition.swagger.json"), "/lists/{listId}/tasks/{taskId}");
        var apiProperties = Path.Combine(previous, "apiProperties.json");
        File.WriteAllText(apiProperties, File.ReadAllText(apiProperties).Replace("\"type\": \"securestring\"", "\"type\": \"string\"", StringComparison.Ordinal));

        Assert.False(Run(task => task.Baseline = Path.Combine(previous, "apiDefinition.swagger.json")));
        var swaggerOnly = _engine.Errors.Select(e => (e.Code, Path.GetFileName(e.File))).ToList();
        _engine.Errors.Clear();
        Assert.False(Run(task => task.Baseline = previous));

        Assert.Equal([("PPC7001", "apiDefinition.swagger.json")], swaggerOnly);
        Assert.Equal([("PPC7001", "apiDefinition.swagger.json"), ("PPC7011", "apiProperties.json")], _engine.Errors.Select(e => (e.Code, Path.GetFileName(e.File))).Order());
        Assert.StartsWith("Operation 'DeleteTask' (DELETE /lists/{listId}/tasks/{taskId}) was deleted", _engine.Errors.Single(e => e.Code == "PPC7001").Message, StringComparison.Ordinal);
        Assert.StartsWith("The authentication in connectionParameters changed from none to securestring", _engine.Errors.Single(e => e.Code == "PPC7011").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GitRevision_ComparesWithTheConnectorsFilesAtTheRevision()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        Git("init", "--quiet");
        Git("add", ".");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", "Certified version");
        DeleteOperation(Path.Combine(_folder, "apiDefinition.swagger.json"), "/lists/{listId}/tasks/{taskId}");

        Assert.False(Run(task => task.Baseline = "git:HEAD"));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("PPC7001", Path.Combine(_folder, "apiDefinition.swagger.json")), (error.Code, error.File));
    }

    [Fact]
    public void GitRevision_Missing_IsPPC0010_WithTheReason()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        Git("init", "--quiet");

        Assert.False(Run(task => task.Baseline = "git:v1.0"));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("PPC0010", error.Code);
        Assert.EndsWith($"the repository that holds '{_folder}' has no revision 'v1.0'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GitRevision_OutsideARepository_IsPPC0010_WithTheReason()
    {
        Assert.False(Run(task => (task.NoWarn, task.Baseline) = ("PPC0001", "git:HEAD~1")));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("PPC0010", error.Code);
        Assert.EndsWith("is not inside a git repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SuppressedErrors_AreLowImportanceMessages_AndTheBuildPasses()
    {
        File.WriteAllText(Path.Combine(_folder, "connector.suppressions.json"), """
            [
              { "id": "PPC0001", "file": "apiDefinition.swagger.json", "justification": "Generated at release time" },
              { "id": "PPC0001", "file": "apiProperties.json", "justification": "Generated at release time" }
            ]
            """);

        Assert.True(Run());

        Assert.Empty(_engine.Logged);
        Assert.Equal(2, _engine.Messages.Count(m => m.Importance == MessageImportance.Low && m.Message!.Contains("suppressed PPC0001", StringComparison.Ordinal) && m.Message.EndsWith("(Generated at release time)", StringComparison.Ordinal)));
    }

    [Fact]
    public void RulePackItems_AreLoadedAfterTheBuiltInPack()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        var swagger = Path.Combine(_folder, "apiDefinition.swagger.json");
        File.WriteAllText(swagger, File.ReadAllText(swagger).Replace("\"summary\": \"Create a task\"", "\"summary\": \"Create a task.\"", StringComparison.Ordinal));

        Assert.True(Run(task => task.RulePacks = [new TaskItem(SampleRulePack.Path)]));

        Assert.Equal(["warning CTSO001"], _engine.Logged);
        Assert.Equal("https://contoso.example/connector-rules/CTSO001", _engine.Warnings[0].HelpLink);
    }

    [Fact]
    public void RulePackThatCannotBeLoaded_IsPPC0007_AndFailsTheBuild()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);

        Assert.False(Run(task => task.RulePacks = [new TaskItem(Path.Combine(_folder, "Missing.dll"))]));

        Assert.Equal(["error PPC0007"], _engine.Logged);
    }

    [Theory]
    [InlineData("HelpLinkBase", "docs", "ConnectorHelpLinkBase 'docs' cannot be used: expected an absolute address, e.g. https://github.com/owner/repo/blob/main/")]
    [InlineData("ErrorLog", "connector.sarif,version=1", "ErrorLog 'connector.sarif,version=1' cannot be used: expected a SARIF path, optionally followed by ',version=2.1' (the only version ConnectorSdk writes)")]
    [InlineData("Kind", "Verified", "ConnectorKind 'Verified' cannot be used: expected one of Custom, Certified, IndependentPublisher")]
    [InlineData("Mode", "Strict", "ConnectorAnalysisMode 'Strict' cannot be used: expected one of None, Default, Recommended, All")]
    public void InvalidProperty_IsPPC0012_AtTheProject(string parameter, string value, string message)
    {
        Assert.False(Run(task => typeof(AnalyzeConnector).GetProperty(parameter)!.SetValue(task, value)));

        AssertLoggedAtTheProject("PPC0012", message);
        Assert.False(File.Exists(CacheFile));
    }

    [Fact]
    public void EveryInvalidProperty_IsLogged_InOneRun()
    {
        Assert.False(Run(task => (task.Kind, task.Mode) = ("Verified", "Strict")));

        Assert.Equal(["error PPC0012", "error PPC0012"], _engine.Logged);
    }

    [Fact]
    public void MissingConnectorFolder_IsPPC0013_AtTheProject()
    {
        var missing = Path.Combine(_folder, "Contosso");

        Assert.False(Run(task => (task.Folder, task.Files) = (missing, [])));

        AssertLoggedAtTheProject("PPC0013", $"ConnectorFolder '{missing}' does not exist");
    }

    private void AssertLoggedAtTheProject(string code, string message)
    {
        var error = Assert.Single(_engine.Errors);
        Assert.Equal((code, Path.Combine(_folder, "Contoso.csproj"), 0, message), (error.Code, error.File, error.LineNumber, error.Message));
        Assert.Equal($"https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/{code}.md", error.HelpLink);
    }

    /// <summary>Removes a path item from a swagger (its operations deleted).</summary>
    private static void DeleteOperation(string swagger, string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(swagger))!;
        Assert.True(root["paths"]!.AsObject().Remove(path));
        File.WriteAllText(swagger, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private void Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var git = System.Diagnostics.Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, error);
    }

    private bool Run(Action<AnalyzeConnector>? configure = null)
    {
        var task = new AnalyzeConnector { BuildEngine = _engine, Folder = _folder, Files = ConnectorFileItems(_folder), CacheFile = CacheFile, ProjectFile = Path.Combine(_folder, "Contoso.csproj") };
        configure?.Invoke(task);
        return task.Execute();
    }

    /// <summary>The ConnectorFile items the SDK's defaults give for a folder.</summary>
    internal static ITaskItem[] ConnectorFileItems(string folder)
        => Directory.EnumerateFiles(folder)
            .Select(path => (Path: path, Known: ConnectorFiles.TryGetKind(Path.GetFileName(path), out var kind), Kind: kind))
            .Where(file => file.Known)
            .Select(file => (ITaskItem)new TaskItem(file.Path, new Dictionary<string, string> { ["Kind"] = file.Kind.ToString() }))
            .ToArray();
}
