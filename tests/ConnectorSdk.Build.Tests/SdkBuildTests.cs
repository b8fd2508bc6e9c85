using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Logging.StructuredLogger;

namespace ConnectorSdk.Build.Tests;

/// <summary>Real `dotnet build` runs of connector projects against the packed SDK.</summary>
[Collection(nameof(PackedSdk))]
public sealed class SdkBuildTests(PackedSdk sdk)
{
    private const string HelpLinkBase = "https://github.com/ConnectorSdk/ConnectorSdk/blob/main/docs/rules/";

    [Fact]
    public void Package_IsAnMSBuildSdk_ShippingBothTaskFlavoursTheCommandLineAndEngine_ButNotMSBuild()
    {
        using var package = ZipFile.OpenRead(sdk.Package);
        var files = package.Entries.Select(e => e.FullName).ToList();
        var nuspec = XDocument.Load(package.GetEntry("ConnectorSdk.nuspec")!.Open()).Root!;

        Assert.Equal("MSBuildSdk", nuspec.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependencies");
        Assert.Subset(
            files.ToHashSet(),
            new HashSet<string>
            {
                "Sdk/Sdk.props", "Sdk/Sdk.targets", "tasks/net10.0/ConnectorSdk.Build.Tasks.dll", "tasks/net10.0/ConnectorSdk.Analysis.dll", "tasks/net10.0/ConnectorSdk.Analysis.Abstractions.dll", "tasks/net10.0/ConnectorSdk.Rules.Certification.dll",
                "tasks/net10.0/ConnectorSdk.Cli.dll", "tasks/net10.0/ConnectorSdk.Cli.runtimeconfig.json", "tasks/net10.0/ConnectorSdk.Cli.deps.json", "tasks/net472/ConnectorSdk.Build.CliTasks.dll",
            });
        Assert.DoesNotContain(files, f => f.Contains("Microsoft.Build", StringComparison.OrdinalIgnoreCase));
        // The .NET Framework task is the only file for it: nothing that could conflict with Visual Studio's assemblies.
        Assert.Equal(["tasks/net472/ConnectorSdk.Build.CliTasks.dll"], files.Where(f => f.StartsWith("tasks/net472/", StringComparison.Ordinal)));
        // Framework-dependent and portable: a runtime to roll forward onto, no runtime identifier, no native host.
        using var runtimeConfig = JsonDocument.Parse(package.GetEntry("tasks/net10.0/ConnectorSdk.Cli.runtimeconfig.json")!.Open());
        Assert.Equal("Microsoft.NETCore.App", runtimeConfig.RootElement.GetProperty("runtimeOptions").GetProperty("framework").GetProperty("name").GetString());
        Assert.DoesNotContain(files, f => Path.GetFileName(f) is "ConnectorSdk.Cli" or "ConnectorSdk.Cli.exe");
        using var deps = JsonDocument.Parse(package.GetEntry("tasks/net10.0/ConnectorSdk.Cli.deps.json")!.Open());
        Assert.Equal(".NETCoreApp,Version=v10.0", deps.RootElement.GetProperty("runtimeTarget").GetProperty("name").GetString());
    }

    [Fact]
    public void RuleAuthorPackages_ArePacked_WithTheirDocs_TheVerifierWithTheEngineInside_DependingOnExactlyItsContract()
    {
        using var contract = ZipFile.OpenRead(Path.Combine(sdk.Feed, $"ConnectorSdk.Analysis.Abstractions.{sdk.Version}.nupkg"));
        Assert.Subset(contract.Entries.Select(e => e.FullName).ToHashSet(), new HashSet<string> { "lib/net10.0/ConnectorSdk.Analysis.Abstractions.dll", "lib/net10.0/ConnectorSdk.Analysis.Abstractions.xml" });
        using var testing = ZipFile.OpenRead(Path.Combine(sdk.Feed, $"ConnectorSdk.Testing.{sdk.Version}.nupkg"));
        var nuspec = XDocument.Load(testing.GetEntry("ConnectorSdk.Testing.nuspec")!.Open()).Root!;

        var files = testing.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Subset(files, new HashSet<string> { "lib/net10.0/ConnectorSdk.Testing.dll", "lib/net10.0/ConnectorSdk.Testing.xml", "lib/net10.0/ConnectorSdk.Analysis.dll" });
        // Compiled against: the verifier alone (the engine runs, unseen).
        Assert.Equal(["ref/net10.0/ConnectorSdk.Testing.dll", "ref/net10.0/ConnectorSdk.Testing.xml"], files.Where(f => f.StartsWith("ref/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // The engine reads the contract's internals: exactly the contract it was built with.
        Assert.Equal([("ConnectorSdk.Analysis.Abstractions", $"[{sdk.Version}]")], nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (e.Attribute("id")!.Value, e.Attribute("version")!.Value)));
    }

    [Fact]
    public void MissingFiles_FailTheBuild_WithCanonicalLines()
    {
        var project = EmptyProject();
        var folder = Path.GetDirectoryName(project)!;

        var result = sdk.Build(project);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{Path.Combine(folder, "apiProperties.json")} : error PPC0001: The connector has no apiProperties.json; every connector needs one (file names match in any letter case) [{project}]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenSample_Fails_WithOneCanonicalLinePerProblem()
    {
        var project = sdk.CopySample("ContosoTasks.Broken");
        var folder = Path.GetDirectoryName(project)!;

        var result = sdk.Build(project);

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Output.Split('\n').Select(line => line.TrimEnd()).ToArray();
        Assert.All(
            [
                $"{Path.Combine(folder, "apiDefinition.swagger.json")}(42,25,42,45): error PPC1016: ",
                $"{Path.Combine(folder, "apiDefinition.swagger.json")}(49,24,49,35): error PPC1051: ",
                $"{Path.Combine(folder, "apiProperties.json")}(18,23,18,31): error PPC2002: ",
                $"{Path.Combine(folder, "apiProperties.json")}(23,32,23,33): warning PPC0003: ",
            ],
            start => Assert.Contains(lines, line => line.StartsWith(start, StringComparison.Ordinal) && line.EndsWith($" [{project}]", StringComparison.Ordinal)));
    }

    [Fact]
    public void LoggedEvents_CarryCodeSpanAndHelpLink()
    {
        var project = sdk.CopySample("ContosoTasks.Broken");

        var (result, diagnostics) = sdk.BuildWithBinaryLog(project);

        var duplicate = Assert.Single(diagnostics, d => d.Code == "PPC1051");
        Assert.Equal(
            ("error", Path.Combine(Path.GetDirectoryName(project)!, "apiDefinition.swagger.json"), 49, 24, 49, 35),
            (duplicate.Severity, duplicate.File, duplicate.Line, duplicate.Column, duplicate.EndLine, duplicate.EndColumn));
        Assert.StartsWith("OperationId 'ListTasks' of POST /lists/{listId}/tasks duplicates", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains($"\u001b]8;;{HelpLinkBase}PPC1051.md\u001b\\PPC1051", result.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The .NET Framework task (forced: .NET MSBuild loads the net472 assembly) against the in-process one on the broken
    /// sample: the same codes, files, spans and messages, and the same help links on the terminal logger's codes.
    /// </summary>
    [Fact]
    public void ForcedCliTask_LogsWhatTheInProcessTaskLogs()
    {
        var inProcess = sdk.CopySample("ContosoTasks.Broken");
        var withCli = sdk.CopySample("ContosoTasks.Broken");

        var (expectedResult, expected) = sdk.BuildWithBinaryLog(inProcess);
        var (result, logged) = sdk.BuildWithBinaryLog(withCli, "-p:RunConnectorAnalysisWithCli=true");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["AnalyzeConnectorWithCli"], TasksRun(withCli));
        Assert.Equal(["AnalyzeConnector"], TasksRun(inProcess));
        Assert.Equal(4, logged.Count);
        Assert.Equal(Relative(expected, inProcess), Relative(logged, withCli));
        Assert.Equal(HelpLinks(expectedResult.Output), HelpLinks(result.Output));
        Assert.Contains($"{HelpLinkBase}PPC1051.md", HelpLinks(result.Output));
    }

    [Fact]
    public void ForcedCliTask_ReplaysWhenNothingChanged()
    {
        var project = WarningProject();

        var first = sdk.Build(project, "-p:RunConnectorAnalysisWithCli=true");
        var second = sdk.Build(project, "-p:RunConnectorAnalysisWithCli=true");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, $"{first}\n{second}");
        Assert.Contains(TrailingCommaLine(project, "warning"), first.Output, StringComparison.Ordinal);
        Assert.Contains(TrailingCommaLine(project, "warning"), second.Output, StringComparison.Ordinal);
        Assert.Contains($"{ConnectorName(project)} (Custom connector, mode Default): nothing changed, replayed 0 errors, 1 warning", second.Output, StringComparison.Ordinal);
    }

    private static List<string> TasksRun(string project)
        => [.. new BinLogReader().ReadRecords(Path.Combine(Path.GetDirectoryName(project)!, "build.binlog")).Select(r => r.Args).OfType<TaskStartedEventArgs>().Select(t => t.TaskName).Where(name => name.StartsWith("AnalyzeConnector", StringComparison.Ordinal))];

    private static List<LoggedDiagnostic> Relative(IEnumerable<LoggedDiagnostic> diagnostics, string project)
        => [.. diagnostics.Select(d => d with { File = Path.GetRelativePath(Path.GetDirectoryName(project)!, d.File) })];

    /// <summary>The help links of the terminal logger's OSC 8 hyperlinks on the codes.</summary>
    private static List<string> HelpLinks(string output)
        => [.. System.Text.RegularExpressions.Regex.Matches(output, "\u001b\\]8;;([^\u001b]+)\u001b\\\\PPC").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void ErrorLog_WritesSarif21_WithTheEffectiveSeverities()
    {
        var project = sdk.CopySample("ContosoTasks.Broken");
        var sarifFile = Path.Combine(Path.GetDirectoryName(project)!, "logs", "connector.sarif");

        var result = sdk.Build(project, "-p:ErrorLog=logs/connector.sarif%2Cversion=2.1", "-p:WarningsAsErrors=PPC0003");

        Assert.True(result.ExitCode == 1 && File.Exists(sarifFile), result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifFile));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal(
            ["PPC1016 error", "PPC1051 error", "PPC2002 error", "PPC0003 error"],
            run.GetProperty("results").EnumerateArray().Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()}"));
        Assert.Contains(
            run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(),
            rule => rule.GetProperty("id").GetString() == "PPC1051" && rule.GetProperty("helpUri").GetString() == HelpLinkBase + "PPC1051.md");
    }

    /// <summary>The README's command for continuous integration, with its arguments as written: SARIF whatever the outcome, every warning an error.</summary>
    [Fact]
    public void ReadmeContinuousIntegrationCommand_WritesSarif_WithEveryFindingAnError()
    {
        const string Placeholder = "dotnet build path/to/Connector.csproj ";
        var command = Assert.Single(ShellBlock.Read("README.md").Where(block => block.RunBy == "tests/ConnectorSdk.Build.Tests/SdkBuildTests.cs").SelectMany(block => block.Commands));
        Assert.StartsWith(Placeholder, command, StringComparison.Ordinal);
        var project = sdk.CopySample("ContosoTasks.Broken");

        var result = sdk.Build(project, command[Placeholder.Length..].Split(' '));

        Assert.True(result.ExitCode == 1, result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(project)!, "connector.sarif")));
        var levels = sarif.RootElement.GetProperty("runs").EnumerateArray().Single().GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()}");
        Assert.Equal(["PPC0003 error", "PPC1016 error", "PPC1051 error", "PPC2002 error"], levels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UnreadableBaseline_IsPPC0010_RelativeToTheProject()
    {
        var project = sdk.CopySample("ContosoTasks");

        var result = sdk.Build(project, "-p:ConnectorBaseline=previous/apiDefinition.swagger.json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{Path.Combine(Path.GetDirectoryName(project)!, "previous", "apiDefinition.swagger.json")} : error PPC0010: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GitBaseline_ComparesWithTheRevision_AnalyzesAgainWhenItMoves_AndWithoutGitIsPPC0010()
    {
        var project = sdk.CopySample("ContosoTasks");
        var folder = Path.GetDirectoryName(project)!;
        var swagger = Path.Combine(folder, "apiDefinition.swagger.json");
        Git(folder, "init", "--quiet");
        Git(folder, "add", ".");
        Git(folder, "commit", "--quiet", "-m", "Certified version");
        File.WriteAllText(swagger, File.ReadAllText(swagger).Replace("\"operationId\": \"DeleteTask\"", "\"operationId\": \"RemoveTask\"", StringComparison.Ordinal));

        var changed = sdk.Build(project, "-p:ConnectorBaseline=git:HEAD");
        Git(folder, "commit", "--quiet", "-am", "RemoveTask");
        var committed = sdk.Build(project, "-p:ConnectorBaseline=git:HEAD");
        var withoutGit = sdk.Build(new Dictionary<string, string> { ["PATH"] = Directory.CreateDirectory(Path.Combine(folder, "empty")).FullName }, project, "-p:ConnectorBaseline=git:HEAD");

        Assert.True(changed.ExitCode == 1, changed.ToString());
        Assert.Contains($"{swagger}(78,", changed.Output, StringComparison.Ordinal);
        Assert.Contains("error PPC7015: The operationId of DELETE /lists/{listId}/tasks/{taskId} changed from 'DeleteTask' to 'RemoveTask'", changed.Output, StringComparison.Ordinal);
        Assert.True(committed.ExitCode == 0 && !committed.Output.Contains("PPC7015", StringComparison.Ordinal), committed.ToString());
        Assert.True(withoutGit.ExitCode == 1, withoutGit.ToString());
        Assert.Contains(" : error PPC0010: The baseline 'git:HEAD' cannot be read: git cannot be run (", withoutGit.Output, StringComparison.Ordinal);
    }

    private static void Git(string folder, params string[] arguments)
    {
        var git = Dotnet.RunTool("git", folder, ["-c", "user.name=Test", "-c", "user.email=test@example.com", .. arguments]);
        Assert.True(git.ExitCode == 0, git.ToString());
    }

    [Fact]
    public void Clean_RemovesTheCache_AndRebuildAnalyzesAgain()
    {
        var project = WarningProject();
        Assert.Equal(0, sdk.Build(project).ExitCode);

        var clean = sdk.Run(project, "clean");
        Assert.True(clean.ExitCode == 0 && !File.Exists(AnalysisCache(project)), clean.ToString());

        var rebuild = sdk.Run(project, "build", "-t:Rebuild", "-tl:off");
        Assert.True(rebuild.ExitCode == 0 && File.Exists(AnalysisCache(project)), rebuild.ToString());
        Assert.Contains(TrailingCommaLine(project, "warning"), rebuild.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-p:DesignTimeBuild=true")]
    [InlineData("-p:RunConnectorAnalysis=false")]
    public void AnalysisDoesNotRun_InDesignTimeBuilds_OrWhenTurnedOff(string property)
    {
        var project = EmptyProject();

        var result = sdk.Build(project, property);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("PPC", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(AnalysisCache(project)));
    }

    [Fact]
    public void CleanSample_BuildsWithoutDiagnostics()
    {
        var result = sdk.Build(sdk.CopySample("ContosoTasks"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("PPC", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnchangedProject_SkipsTheAnalysis_AndReplaysItsWarnings()
    {
        var project = WarningProject();

        var first = sdk.Build(project);
        var analyzedAt = File.GetLastWriteTimeUtc(AnalysisCache(project));
        var second = sdk.Build(project);

        Assert.Equal(analyzedAt, File.GetLastWriteTimeUtc(AnalysisCache(project)));
        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, $"{first}\n{second}");
        Assert.Contains(TrailingCommaLine(project, "warning"), second.Output, StringComparison.Ordinal);
        Assert.Contains($"{ConnectorName(project)} (Custom connector, mode Default): analyzed, 0 errors, 1 warning", first.Output, StringComparison.Ordinal);
        Assert.Contains($"{ConnectorName(project)} (Custom connector, mode Default): nothing changed, replayed 0 errors, 1 warning", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("connector.suppressions.json", """[ { "id": "PPC0003", "file": "apiProperties.json", "justification": "Accepted" } ]""")]
    [InlineData(".editorconfig", "[*.json]\ndotnet_diagnostic.PPC0003.severity = none\n")]
    public void DeletedConfigurationFile_BringsItsFindingsBack(string file, string content)
    {
        var project = WarningProject();
        var path = Path.Combine(Path.GetDirectoryName(project)!, file);
        File.WriteAllText(path, content);

        var silenced = sdk.Build(project);
        File.Delete(path);
        var reported = sdk.Build(project);

        Assert.True(silenced.ExitCode == 0 && !silenced.Output.Contains("PPC0003", StringComparison.Ordinal), silenced.ToString());
        Assert.True(reported.ExitCode == 0 && reported.Output.Contains(TrailingCommaLine(project, "warning"), StringComparison.Ordinal), reported.ToString());
        Assert.Contains($"{ConnectorName(project)} (Custom connector, mode Default): analyzed, 0 errors, 1 warning", reported.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The table of warning-flag cases (WarningFlagCases, which the CLI tests pass through too), one project per
    /// case, and two projects with settings the SDK cannot use: all in one build, as real builds are slow.
    /// </summary>
    [Fact]
    public void WarningFlagTable_AndUnusableSettings_InOneBuild()
    {
        var root = sdk.NewFolder("table");
        var cases = WarningFlagCases.ForBuild.Select((flagCase, index) => (flagCase, Project: CaseProject(root, $"Case{index:00}", flagCase))).ToList();
        var badKind = WriteProject(Directory.CreateDirectory(Path.Combine(root, "BadKind")).FullName, new() { ["ConnectorKind"] = "Certifed" });
        var missingFolder = WriteProject(Directory.CreateDirectory(Path.Combine(root, "MissingFolder")).FullName, new() { ["ConnectorFolder"] = "../Contosso" });
        var solution = Path.Combine(root, "All.slnx");
        File.WriteAllText(solution, new XElement("Solution", cases.Select(c => c.Project).Append(badKind).Append(missingFolder).Select(p => new XElement("Project", new XAttribute("Path", p)))).ToString());

        var result = sdk.Build(solution);

        Assert.True(result.ExitCode == 1, result.ToString());
        foreach (var (flagCase, project) in cases)
        {
            var logged = result.Output.Split('\n').Where(line => line.Contains("PPC0003", StringComparison.Ordinal) && line.TrimEnd().EndsWith($"[{project}]", StringComparison.Ordinal)).Distinct().ToList();
            string[] expected = flagCase.Expected is "error" or "warning" ? [TrailingCommaLine(project, flagCase.Expected)] : [];
            Assert.True(expected.SequenceEqual(logged.Select(line => line.TrimEnd())), $"{flagCase.Name}: expected [{string.Join(", ", expected)}], logged [{string.Join(", ", logged)}]");
        }

        Assert.True(result.Output.Contains($"{badKind} : error PPC0012: ConnectorKind 'Certifed' cannot be used: expected one of Custom, Certified, IndependentPublisher", StringComparison.Ordinal), result.ToString());
        Assert.True(result.Output.Contains($"{missingFolder} : error PPC0013: ConnectorFolder '../Contosso' does not exist", StringComparison.Ordinal), result.ToString());
        Assert.True(!result.Output.Contains("MSB4018", StringComparison.Ordinal) && !result.Output.Contains("   at ", StringComparison.Ordinal), result.ToString());
    }

    private static string CaseProject(string root, string name, WarningFlagCase flagCase)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        WarningFlagCases.WriteConnector(flagCase, folder);
        File.Delete(Path.Combine(folder, "ContosoTasks.csproj"));
        return WriteProject(folder, flagCase.Properties!);
    }

    /// <summary>A connector project named after its folder, with the properties given.</summary>
    private static string WriteProject(string folder, Dictionary<string, string> properties)
    {
        var project = Path.Combine(folder, Path.GetFileName(folder) + ".csproj");
        new XElement("Project", new XAttribute("Sdk", "ConnectorSdk"), new XElement("PropertyGroup", properties.Select(p => new XElement(p.Key, p.Value)))).Save(project);
        return project;
    }

    [Fact]
    public void RulePackItem_Reports_AndASuppressionsFile_SilencesIt()
    {
        var (project, swagger) = SampleForTheExamplePack($"""<ConnectorRulePack Include="{SampleRulePack.Path}" />""");
        var folder = Path.GetDirectoryName(project)!;

        var reported = sdk.Build(project);
        File.WriteAllText(Path.Combine(folder, "connector.suppressions.json"), """
            [ { "id": "CTSO001", "file": "apiDefinition.swagger.json", "pointer": "/paths/~1lists~1{listId}~1tasks/post/summary", "justification": "Matches the product's UI" } ]
            """);
        var suppressed = sdk.Build(project);

        Assert.True(reported.ExitCode == 0, reported.ToString());
        Assert.Contains($"{swagger}(50,20,50,36): warning CTSO001: The summary of POST /lists/{{listId}}/tasks ends with a period; summaries are action names, written as titles [{project}]", reported.Output, StringComparison.Ordinal);
        Assert.True(suppressed.ExitCode == 0, suppressed.ToString());
        Assert.DoesNotContain("CTSO001", suppressed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PPC0011", suppressed.Output, StringComparison.Ordinal);
    }

    /// <summary>The ContosoTasks sample as a project holding <paramref name="item"/>, with a summary that ends with a period: the example pack's CTSO001.</summary>
    private (string Project, string Swagger) SampleForTheExamplePack(string item)
    {
        var project = sdk.CopySample("ContosoTasks");
        File.WriteAllText(project, $"""
            <Project Sdk="ConnectorSdk">
              <ItemGroup>
                {item}
              </ItemGroup>
            </Project>
            """);
        var swagger = Path.Combine(Path.GetDirectoryName(project)!, "apiDefinition.swagger.json");
        File.WriteAllText(swagger, File.ReadAllText(swagger).Replace("\"Create a task\"", "\"Create a task.\"", StringComparison.Ordinal));
        return (project, swagger);
    }

    /// <summary>
    /// The example rule pack's project (a copy, on the packed contract) referenced from a connector project: restored without
    /// NU1201, built first, and its output loaded as a ConnectorRulePack.
    /// </summary>
    [Fact]
    public void ProjectReferenceToARulePack_BuildsIt_AndReportsItsRule()
    {
        var pack = CopyExampleRulePack();
        var (project, swagger) = SampleForTheExamplePack($"""<ProjectReference Include="{pack}" />""");

        var result = sdk.Build(project);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{swagger}(50,20,50,36): warning CTSO001: The summary of POST /lists/{{listId}}/tasks ends with a period; summaries are action names, written as titles [{project}]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NU1201", result.Output, StringComparison.Ordinal);
    }

    /// <summary>examples/RulePacks/Contoso.ConnectorRules as a third party has it: on the packed ConnectorSdk.Analysis.Abstractions.</summary>
    private string CopyExampleRulePack()
    {
        var source = Path.Combine(RepositoryFolder.Path, "examples", "RulePacks", "Contoso.ConnectorRules");
        var target = sdk.NewFolder("Contoso.ConnectorRules");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var project = XDocument.Load(Path.Combine(source, "Contoso.ConnectorRules.csproj"));
        project.Descendants("ProjectReference").Single().ReplaceWith(new XElement("PackageReference", new XAttribute("Include", "ConnectorSdk.Analysis.Abstractions"), new XAttribute("Version", sdk.Version)));
        var path = Path.Combine(target, "Contoso.ConnectorRules.csproj");
        project.Save(path);
        return path;
    }

    [Fact]
    public void ConfigurationFiles_SetTheSeverity_AndEditingOneAnalyzesAgain()
    {
        var project = WarningProject();
        var folder = Path.GetDirectoryName(project)!;
        File.WriteAllText(Path.Combine(folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.PPC0003.severity = none\n");

        var silenced = sdk.Build(project);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "[apiProperties.json]\ndotnet_diagnostic.PPC0003.severity = error\n");
        var failing = sdk.Build(project);

        Assert.True(silenced.ExitCode == 0 && !silenced.Output.Contains("PPC0003", StringComparison.Ordinal), silenced.ToString());
        Assert.True(failing.ExitCode == 1 && failing.Output.Contains(TrailingCommaLine(project, "error"), StringComparison.Ordinal), failing.ToString());
    }

    /// <summary>
    /// The clean sample's swagger misnamed: analyzed in the swagger's place, with PPC0001 (an error) at it; it is an
    /// input, so editing it analyzes again.
    /// </summary>
    [Fact]
    public void MisnamedSwagger_IsAnalyzed_AndEditingItAnalyzesAgain()
    {
        var project = sdk.CopySample("ContosoTasks");
        var folder = Path.GetDirectoryName(project)!;
        var misnamed = Path.Combine(folder, "apiDefination.swagger.json");
        File.Move(Path.Combine(folder, "apiDefinition.swagger.json"), misnamed);

        var failing = sdk.Build(project);
        File.WriteAllText(Path.Combine(folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.PPC0001.severity = warning\n");
        var warned = sdk.Build(project);
        var replayed = sdk.Build(project);
        File.WriteAllText(misnamed, File.ReadAllText(misnamed).Replace("\"swagger\": \"2.0\",", "\"swagger\": \"2.0\", \"swagger\": \"2.0\",", StringComparison.Ordinal));
        var edited = sdk.Build(project);

        var message = "The connector has no apiDefinition.swagger.json; 'apiDefination.swagger.json' was analyzed in its place, but certification requires the exact name: rename it to apiDefinition.swagger.json";
        Assert.True(failing.ExitCode == 1 && failing.Output.Contains($"{misnamed} : error PPC0001: {message} [{project}]", StringComparison.Ordinal), failing.ToString());
        Assert.True(warned.ExitCode == 0 && warned.Output.Contains($"{misnamed} : warning PPC0001: {message} [{project}]", StringComparison.Ordinal), warned.ToString());
        Assert.Contains($"{ConnectorName(project)} (Custom connector, mode Default): nothing changed, replayed 0 errors, 1 warning", replayed.Output, StringComparison.Ordinal);
        Assert.Contains($"{ConnectorName(project)} (Custom connector, mode Default): analyzed, 0 errors, 2 warnings", edited.Output, StringComparison.Ordinal);
        Assert.True(edited.Output.Contains($"{misnamed}(2,3,2,12): warning PPC0005: Property 'swagger' is repeated in the same object; only its last value is used [{project}]", StringComparison.Ordinal), edited.ToString());
    }

    /// <summary>The clean sample with a trailing comma: one warning, PPC0003.</summary>
    private string WarningProject()
    {
        var project = sdk.CopySample("ContosoTasks");
        SampleConnectors.AddTrailingComma(Path.GetDirectoryName(project)!);
        return project;
    }

    private static string TrailingCommaLine(string project, string severity)
        => $"{Path.Combine(Path.GetDirectoryName(project)!, "apiProperties.json")}(23,32,23,33): {severity} PPC0003: {SampleConnectors.TrailingCommaMessage} [{project}]";

    private string EmptyProject([CallerMemberName] string test = "")
    {
        var project = Path.Combine(sdk.NewFolder(test), "Contoso.csproj");
        File.WriteAllText(project, """<Project Sdk="ConnectorSdk" />""");
        return project;
    }

    private static string ConnectorName(string project) => Path.GetFileName(Path.GetDirectoryName(project)!);

    private static string AnalysisCache(string project)
        => Path.Combine(Path.GetDirectoryName(project)!, "obj", "Debug", "netstandard2.0", Path.GetFileNameWithoutExtension(project) + ".ConnectorAnalysis.json");
}
