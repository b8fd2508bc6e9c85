using System.Reflection;
using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Reporting;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Build.CliTasks;
using ConnectorSdk.Build.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ConnectorSdk.Build.Tests;

/// <summary>
/// The .NET Framework task (net472, run here on .NET as .NET MSBuild runs it) against a recording build engine and the
/// real command line, beside the .NET task on the same connector.
/// </summary>
public sealed class AnalyzeConnectorWithCliTests : IDisposable
{
    private static readonly string Cli = typeof(AnalyzeConnectorWithCliTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Cli").Value!;

    private readonly string _folder = Directory.CreateTempSubdirectory("connectorsdk-cli-task-").FullName;
    private readonly RecordingBuildEngine _engine = new(Path.Combine(Path.GetTempPath(), "packages", "connectorsdk", "Sdk", "Sdk.targets"));

    private string CacheFile => Path.Combine(_folder, "records.txt");

    private string ProjectFile => Path.Combine(_folder, "Contoso.csproj");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Errors, warnings, suggestions, a suppressed finding and the summary: every field as the .NET task logs it.</summary>
    [Fact]
    public void BrokenSample_IsLoggedAsTheDotnetTaskLogsIt_FieldByField()
    {
        SampleConnectors.Copy("ContosoTasks.Broken", _folder);
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n[*.json]\ndotnet_diagnostic.PPC2002.severity = suggestion\n");
        File.WriteAllText(Path.Combine(_folder, "connector.suppressions.json"), """[ { "id": "PPC0003", "file": "apiProperties.json", "justification": "Kept: \"a: b\"" } ]""");
        var (dotnetEngine, dotnetSucceeded) = RunDotnetTask();

        Assert.Equal(dotnetSucceeded, Run());

        Assert.Equal(["error PPC1016", "error PPC1051"], _engine.Logged);
        Assert.Equal(dotnetEngine.Errors.Select(Fields), _engine.Errors.Select(Fields));
        Assert.Equal(dotnetEngine.Warnings.Select(Fields), _engine.Warnings.Select(Fields));
        Assert.Equal(Messages(dotnetEngine), Messages(_engine));
        Assert.Contains(_engine.Messages, m => m.Code == "PPC2002" && m.LineNumber == 18);
        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.Low && m.Message!.EndsWith("suppressed PPC0003: apiProperties.json: trailing comma; strict JSON readers reject this (Kept: \"a: b\")", StringComparison.Ordinal));
        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.High && m.Message == $"{Path.GetFileName(_folder)} (Custom connector, mode Default): analyzed, 2 errors, 0 warnings");
        Assert.False(File.Exists(CacheFile));
    }

    [Fact]
    public void Replay_LogsTheCachedRecordsAgain()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        SampleConnectors.AddTrailingComma(_folder);
        Assert.True(Run(task => task.Mode = "Recommended"));
        var replayEngine = new RecordingBuildEngine(_engine.ProjectFileOfTaskNode);

        Assert.True(new ReplayConnectorRecords { BuildEngine = replayEngine, CacheFile = CacheFile }.Execute());

        Assert.Equal(_engine.Warnings.Select(Fields), replayEngine.Warnings.Select(Fields));
        Assert.Equal(["warning PPC0003"], replayEngine.Logged);
        Assert.Contains(replayEngine.Messages, m => m.Importance == MessageImportance.High && m.Message == $"{Path.GetFileName(_folder)} (Custom connector, mode Recommended): nothing changed, replayed 0 errors, 1 warning");
    }

    public static TheoryData<string> BuildCases => [.. WarningFlagCases.ForBuild.Select(c => c.Name)];

    /// <summary>The table of warning-flag cases through this task: the properties become the command's flags, with the same outcome; other tools' codes in them are left out.</summary>
    [Theory]
    [MemberData(nameof(BuildCases))]
    public void WarningProperties_GiveTheTablesSeverity(string name)
    {
        var flagCase = WarningFlagCases.ForBuild.Single(c => c.Name == name);
        WarningFlagCases.WriteConnector(flagCase, _folder);
        var properties = flagCase.Properties!;

        var succeeded = Run(task =>
        {
            task.NoWarn = "1701;1702;NU1603;" + properties.GetValueOrDefault("NoWarn");
            task.WarningsAsErrors = properties.GetValueOrDefault("WarningsAsErrors");
            task.WarningsNotAsErrors = properties.GetValueOrDefault("WarningsNotAsErrors");
            task.TreatWarningsAsErrors = properties.ContainsKey("TreatWarningsAsErrors");
        });

        string[] expected = flagCase.Expected is "error" or "warning" ? [$"{flagCase.Expected} PPC0003"] : [];
        Assert.Equal(expected, _engine.Logged);
        Assert.Equal(flagCase.Expected is "info", _engine.Messages.Any(m => m.Code == "PPC0003"));
        Assert.Equal(flagCase.Expected != "error", succeeded);
    }

    [Fact]
    public void KindHelpLinkBaseAndRulePack_ReachTheCommand()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        var swagger = Path.Combine(_folder, "apiDefinition.swagger.json");
        File.WriteAllText(swagger, File.ReadAllText(swagger).Replace("\"summary\": \"Create a task\"", "\"summary\": \"Create a task.\"", StringComparison.Ordinal));

        Run(task => (task.Kind, task.HelpLinkBase, task.RulePacks) = ("IndependentPublisher", "https://docs.contoso.example/connectorsdk", [new TaskItem(SampleRulePack.Path)]));

        Assert.Equal(["error PPC2004", "warning CTSO001"], _engine.Logged);
        Assert.Equal(("https://docs.contoso.example/connectorsdk/docs/rules/PPC2004.md", "https://contoso.example/connector-rules/CTSO001"), (_engine.Errors[0].HelpLink, _engine.Warnings[0].HelpLink));
    }

    [Fact]
    public void ErrorLog_IsWrittenToo_RelativeToTheProject()
    {
        SampleConnectors.Copy("ContosoTasks.Broken", _folder);

        Assert.False(Run(task => task.ErrorLog = "logs/connector.sarif,version=2.1"));

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "logs", "connector.sarif")));
        Assert.Equal(
            _engine.Errors.Select(e => e.Code).Concat(_engine.Warnings.Select(w => w.Code)),
            sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
    }

    /// <summary>The ConnectorFile items are what is analyzed, wherever they are: not the folder's files by their names.</summary>
    [Fact]
    public void ConnectorFileItems_AreWhatIsAnalyzed_AsForTheDotnetTask()
    {
        SampleConnectors.Copy("ContosoTasks.Broken", _folder);
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "fixed")).FullName;
        SampleConnectors.Copy("ContosoTasks", elsewhere);
        ITaskItem[] files =
        [
            new TaskItem(Path.Combine(elsewhere, "apiDefinition.swagger.json"), new Dictionary<string, string> { ["Kind"] = "ApiDefinition" }),
            new TaskItem(Path.Combine(elsewhere, "apiProperties.json"), new Dictionary<string, string> { ["Kind"] = "ApiProperties" }),
        ];
        var (dotnetEngine, _) = RunDotnetTask(task => task.Files = files);

        Assert.True(Run(task => task.Files = files), string.Join("\n", _engine.Errors.Select(e => $"{e.Code} {e.File} {e.Message}")));

        Assert.Empty(_engine.Errors);
        Assert.Equal(dotnetEngine.Warnings.Select(Fields), _engine.Warnings.Select(Fields));
        Assert.Equal(Messages(dotnetEngine), Messages(_engine));
    }

    /// <summary>A baseline that cannot be had is the connector's PPC0010 in the command's records, as the .NET task logs it.</summary>
    [Fact]
    public void BaselineThatCannotBeHad_IsPPC0010_AsForTheDotnetTask()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        var missing = Path.Combine(_folder, "previous");
        var (dotnetEngine, _) = RunDotnetTask(task => task.Baseline = missing);

        Assert.False(Run(task => task.Baseline = missing));

        Assert.Equal(("PPC0010", missing), (Assert.Single(_engine.Errors).Code, _engine.Errors[0].File));
        Assert.Equal(dotnetEngine.Errors.Select(Fields), _engine.Errors.Select(Fields));
    }

    /// <summary>Each setting the SDK cannot use is PPC0012, checked before the command runs, with the .NET task's message.</summary>
    [Theory]
    [InlineData("Kind", "Certifed")]
    [InlineData("Mode", "Strict")]
    [InlineData("HelpLinkBase", "docs")]
    [InlineData("ErrorLog", "connector.sarif,version=1")]
    public void InvalidProperty_IsPPC0012_AsForTheDotnetTask(string parameter, string value)
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        var (dotnetEngine, _) = RunDotnetTask(task => typeof(AnalyzeConnector).GetProperty(parameter)!.SetValue(task, value));

        Assert.False(Run(task => typeof(AnalyzeConnectorWithCli).GetProperty(parameter)!.SetValue(task, value)));

        AssertLoggedAtTheProject("PPC0012", Assert.Single(dotnetEngine.Errors).Message!);
        Assert.DoesNotContain(_engine.Messages, m => m is TaskCommandLineEventArgs);
    }

    /// <summary>Every unusable setting and item in one build, in the .NET task's order, with a missing folder too.</summary>
    [Fact]
    public void EveryInvalidSetting_IsLogged_AsForTheDotnetTask()
    {
        ITaskItem[] files = [new TaskItem("swagger.json"), new TaskItem("api.json", new Dictionary<string, string> { ["Kind"] = "Swagger" })];
        var missing = Path.Combine(_folder, "Contosso");
        var (dotnetEngine, _) = RunDotnetTask(task => (task.Folder, task.Kind, task.Mode, task.Files) = (missing, "Verified", "Strict", files));

        Assert.False(Run(task => (task.Folder, task.Kind, task.Mode, task.Files) = (missing, "Verified", "Strict", files)));

        Assert.Equal(["error PPC0013", "error PPC0012", "error PPC0012", "error PPC0012", "error PPC0012"], _engine.Logged);
        Assert.Equal(dotnetEngine.Errors.Select(Fields), _engine.Errors.Select(Fields));
    }

    [Fact]
    public void AcceptedNames_AreTheEnginesNames()
    {
        Assert.Equal(Enum.GetNames<ConnectorKind>(), SettingChecks.KindNames);
        Assert.Equal(Enum.GetNames<AnalysisMode>(), SettingChecks.ModeNames);
        Assert.Equal(Enum.GetNames<ConnectorFileKind>(), SettingChecks.FileKindNames);
    }

    [Fact]
    public void MissingConnectorFolder_IsPPC0013_AsForTheDotnetTask()
    {
        var missing = Path.Combine(_folder, "Contosso");

        Assert.False(Run(task => task.Folder = missing));

        AssertLoggedAtTheProject("PPC0013", $"ConnectorFolder '{missing}' does not exist");
    }

    [Fact]
    public void NoDotnet_IsPPC0015_NotMSB6006()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        File.WriteAllText(CacheFile, "a stale report");

        Assert.False(Run(task => (task.DotnetHostPath, task.EnvironmentVariables) = (Path.Combine(_folder, "dotnet"), [$"PATH={_folder}"])));

        AssertLoggedAtTheProject("PPC0015", Message("no `dotnet` to run the command with: DOTNET_HOST_PATH names none and there is none on PATH; install the .NET 10 runtime"));
    }

    /// <summary>A <c>dotnet</c> without the runtime the command needs fails as the host does: its reason is PPC0015's (a shell script stands for it: Unix only).</summary>
    [Fact]
    public void DotnetThatCannotRunTheCommand_IsPPC0015_WithItsReason()
    {
        SampleConnectors.Copy("ContosoTasks", _folder);
        var dotnet = Path.Combine(_folder, "dotnet");
        File.WriteAllText(dotnet, "#!/bin/sh\necho 'You must install or update .NET to run this application.' >&2\necho 'Framework: Microsoft.NETCore.App, version 10.0.0' >&2\nexit 150\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.False(Run(task => task.DotnetHostPath = dotnet));

        AssertLoggedAtTheProject("PPC0015", Message("`dotnet ConnectorSdk.Cli.dll validate` exited with code 150: You must install or update .NET to run this application. Framework: Microsoft.NETCore.App, version 10.0.0"));
    }

    [Fact]
    public void MissingCommandLine_IsPPC0015()
    {
        var missing = Path.Combine(_folder, "tasks", "net10.0", "ConnectorSdk.Cli.dll");

        Assert.False(Run(task => task.Cli = missing));

        AssertLoggedAtTheProject("PPC0015", Message($"the SDK package has no command line at '{missing}'; restore the project again"));
    }

    [Fact]
    public void OwnCodes_MatchTheEnginesDescriptors()
    {
        Assert.Equal(ConnectorLog.DefaultHelpLinkBase, HelpLinks.DefaultBase.ToString());
        Assert.Equal("The connector command line could not analyze '{0}': {1}", InfrastructureDiagnostics.CliFailed.MessageFormat);
        Assert.Equal("ConnectorFolder '{0}' does not exist", InfrastructureDiagnostics.ConnectorFolderMissing.MessageFormat);
    }

    private string Message(string reason) => string.Format(System.Globalization.CultureInfo.InvariantCulture, InfrastructureDiagnostics.CliFailed.MessageFormat, _folder, reason);

    private void AssertLoggedAtTheProject(string code, string message)
    {
        var error = Assert.Single(_engine.Errors);
        Assert.Equal((code, ProjectFile, 0, message, $"https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/{code}.md"), (error.Code, error.File, error.LineNumber, error.Message, error.HelpLink));
        Assert.Empty(_engine.Warnings);
        Assert.False(File.Exists(CacheFile));
    }

    private static (string, string, string, string, string, int, int, int, int, string) Fields(LazyFormattedBuildEventArgs e) => e switch
    {
        BuildErrorEventArgs error => ("error", error.Code, error.HelpLink, error.File, error.Subcategory ?? "", error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber, error.Message!),
        BuildWarningEventArgs warning => ("warning", warning.Code, warning.HelpLink, warning.File, warning.Subcategory ?? "", warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.Message!),
        _ => throw new ArgumentException(e.GetType().Name),
    };

    /// <summary>Every message but the command line's own output and command: suggestions, suppressed findings, the summary.</summary>
    private static List<(string?, string?, int, int, int, int, MessageImportance, string?)> Messages(RecordingBuildEngine engine)
        => [.. engine.Messages
            .Where(m => m.Code is not null || m.Importance == MessageImportance.High || m.Message!.Contains(": suppressed ", StringComparison.Ordinal))
            .Where(m => m is not TaskCommandLineEventArgs)
            .Select(m => (m.Code, m.File, m.LineNumber, m.ColumnNumber, m.EndLineNumber, m.EndColumnNumber, m.Importance, m.Message))];

    /// <summary>Runs this task on the folder with the ConnectorFile items the SDK's defaults give.</summary>
    private bool Run(Action<AnalyzeConnectorWithCli>? configure = null)
    {
        var task = new AnalyzeConnectorWithCli { BuildEngine = _engine, Folder = _folder, Files = AnalyzeConnectorTests.ConnectorFileItems(_folder), CacheFile = CacheFile, ProjectFile = ProjectFile, Cli = Cli, DotnetHostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") };
        configure?.Invoke(task);
        return task.Execute();
    }

    /// <summary>The .NET task on the same folder, items and project, logging to an engine of its own.</summary>
    private (RecordingBuildEngine Engine, bool Succeeded) RunDotnetTask(Action<AnalyzeConnector>? configure = null)
    {
        var engine = new RecordingBuildEngine(_engine.ProjectFileOfTaskNode);
        var task = new AnalyzeConnector { BuildEngine = engine, Folder = _folder, Files = AnalyzeConnectorTests.ConnectorFileItems(_folder), CacheFile = Path.Combine(_folder, "cache.json"), ProjectFile = ProjectFile };
        configure?.Invoke(task);
        return (engine, task.Execute());
    }
}
