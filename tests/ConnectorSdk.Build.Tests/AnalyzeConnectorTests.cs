using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Build.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.Tests;

public sealed class AnalyzeConnectorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("connectorsdk-tests-").FullName;
    private readonly RecordingBuildEngine _engine;

    public AnalyzeConnectorTests() => _engine = new RecordingBuildEngine(Path.Combine(_folder, "Contoso.csproj"));

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

    [Fact]
    public void ConnectorFileItem_WithoutAKind_IsAnError()
    {
        Assert.False(Run(task => task.Files = [new TaskItem(Path.Combine(_folder, "swagger.json"))]));

        Assert.Contains("has no Kind", Assert.Single(_engine.Errors).Message);
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
        Samples.Copy("ContosoTasks", _folder);
        Samples.AddTrailingComma(_folder);

        Assert.True(Run());

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(
            (null, "PPC0003", null, "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/PPC0003.md", Path.Combine(_folder, "apiProperties.json"), 23, 32, 23, 33, Samples.TrailingCommaMessage),
            (warning.Subcategory, warning.Code, warning.HelpKeyword, warning.HelpLink, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.Message));
        var cached = Assert.Single(AnalysisCache.Load(CacheFile).Diagnostics);
        Assert.Equal(
            (warning.Code, warning.HelpLink, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.Message),
            (cached.Code, cached.HelpLink, cached.File, cached.Line, cached.Column, cached.EndLine, cached.EndColumn, cached.Message));
    }

    [Theory]
    [InlineData(null, null, null, false, true, "warning PPC0003")]
    [InlineData("PPC0003", null, null, false, true, null)]
    [InlineData(null, "PPC0003", null, false, false, "error PPC0003")]
    [InlineData(null, null, null, true, false, "error PPC0003")]
    [InlineData(null, null, "PPC0003", true, true, "warning PPC0003")]
    public void WarningProperties_ChangeTheOutcome(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors, bool succeeds, string? loggedAs)
    {
        Samples.Copy("ContosoTasks", _folder);
        Samples.AddTrailingComma(_folder);

        Assert.Equal(succeeds, Run(task => (task.NoWarn, task.WarningsAsErrors, task.WarningsNotAsErrors, task.TreatWarningsAsErrors) = (noWarn, warningsAsErrors, warningsNotAsErrors, treatWarningsAsErrors)));

        Assert.Equal(loggedAs is null ? [] : [loggedAs], _engine.Logged);
        Assert.Equal(succeeds, File.Exists(CacheFile));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("IndependentPublisher", null, "error PPC2004")]
    [InlineData("independentpublisher", "None", null)]
    public void KindAndMode_ReachTheEngine(string? kind, string? mode, string? logged)
    {
        Samples.Copy("ContosoTasks", _folder);

        Run(task => (task.Kind, task.Mode) = (kind, mode));

        Assert.Equal(logged is null ? [] : [logged], _engine.Logged);
    }

    [Theory]
    [InlineData(null, null, "(Custom connector, mode Default): analyzed, 0 errors, 1 warning")]
    [InlineData("IndependentPublisher", "Recommended", "(IndependentPublisher connector, mode Recommended): analyzed, 1 error, 1 warning")]
    public void EveryAnalysis_SaysWhatItAnalyzed_AtHighImportance(string? kind, string? mode, string summary)
    {
        Samples.Copy("ContosoTasks", _folder);
        Samples.AddTrailingComma(_folder);

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
    public void BaselineFolderWithASwagger_OrGitRevision_IsAccepted()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "previous"));
        File.WriteAllText(Path.Combine(_folder, "previous", "ApiDefinition.swagger.json"), "{}");

        Assert.True(Run(task => (task.NoWarn, task.Baseline) = ("PPC0001", "git:HEAD~1")));
        Assert.True(Run(task => (task.NoWarn, task.Baseline) = ("PPC0001", Path.Combine(_folder, "previous"))));
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
        Samples.Copy("ContosoTasks", _folder);
        var swagger = Path.Combine(_folder, "apiDefinition.swagger.json");
        File.WriteAllText(swagger, File.ReadAllText(swagger).Replace("\"summary\": \"Create a task\"", "\"summary\": \"Create a task.\"", StringComparison.Ordinal));

        Assert.True(Run(task => task.RulePacks = [new TaskItem(SampleRulePack.Path)]));

        Assert.Equal(["warning CTSO001"], _engine.Logged);
        Assert.Equal("https://contoso.example/connector-rules/CTSO001", _engine.Warnings[0].HelpLink);
    }

    [Fact]
    public void RulePackThatCannotBeLoaded_IsPPC0007_AndFailsTheBuild()
    {
        Samples.Copy("ContosoTasks", _folder);

        Assert.False(Run(task => task.RulePacks = [new TaskItem(Path.Combine(_folder, "Missing.dll"))]));

        Assert.Equal(["error PPC0007"], _engine.Logged);
    }

    [Theory]
    [InlineData("HelpLinkBase", "docs", "ConnectorHelpLinkBase 'docs' is not an absolute address.")]
    [InlineData("ErrorLog", "connector.sarif,version=1", "ErrorLog 'connector.sarif,version=1' asks for a SARIF version other than 2.1, the only one ConnectorSdk writes.")]
    [InlineData("Kind", "Verified", "ConnectorKind 'Verified' is not one of Custom, Certified, IndependentPublisher.")]
    [InlineData("Mode", "Strict", "ConnectorAnalysisMode 'Strict' is not one of None, Default, Recommended, All.")]
    public void InvalidParameter_IsAnError(string parameter, string value, string message)
    {
        Assert.False(Run(task => typeof(AnalyzeConnector).GetProperty(parameter)!.SetValue(task, value)));

        Assert.Equal(message, Assert.Single(_engine.Errors).Message);
    }

    private bool Run(Action<AnalyzeConnector>? configure = null)
    {
        var task = new AnalyzeConnector { BuildEngine = _engine, Folder = _folder, Files = ConnectorFileItems(), CacheFile = CacheFile };
        configure?.Invoke(task);
        return task.Execute();
    }

    /// <summary>The ConnectorFile items the SDK's defaults give for the test folder.</summary>
    private ITaskItem[] ConnectorFileItems()
        => Directory.EnumerateFiles(_folder)
            .Select(path => (Path: path, Known: ConnectorFiles.TryGetKind(Path.GetFileName(path), out var kind), Kind: kind))
            .Where(file => file.Known)
            .Select(file => (ITaskItem)new TaskItem(file.Path, new Dictionary<string, string> { ["Kind"] = file.Kind.ToString() }))
            .ToArray();
}
