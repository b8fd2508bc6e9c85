using System.Text.Json;

namespace ConnectorSdk.Build.Tests;

/// <summary>
/// What the SDK's props and targets give a connector project, evaluated by `dotnet msbuild` over the repository's sdk/Sdk
/// files: the tasks used under each MSBuild (its runtime and version given through the private properties the targets read
/// them into: MSBuildRuntimeType and MSBuildVersion themselves are reserved), and what the IDEs read.
/// </summary>
public sealed class SdkEvaluationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("connectorsdk-evaluation-").FullName;

    public SdkEvaluationTests()
    {
        var sdk = Path.Combine(RepositoryFolder.Path, "sdk", "Sdk");
        Directory.CreateDirectory(Path.GetDirectoryName(Project)!);
        File.WriteAllText(Project, $"""
            <Project>
              <Import Project="{sdk}/Sdk.props" />
              <ItemGroup>
                <ProjectReference Include="../Contoso.ConnectorRules/Contoso.ConnectorRules.csproj" />
              </ItemGroup>
              <Import Project="{sdk}/Sdk.targets" />
            </Project>
            """);
    }

    private string Project => Path.Combine(_folder, "Contoso", "Contoso.csproj");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Core", "18.9.11", null, "InProcess", "net10.0/ConnectorSdk.Build.Tasks.dll")]
    [InlineData("Core", "17.8.3", null, "InProcess", "net10.0/ConnectorSdk.Build.Tasks.dll")]
    [InlineData("Full", "18.0.2", null, "TaskHost", "net10.0/ConnectorSdk.Build.Tasks.dll")]
    [InlineData("Full", "17.14.8", null, "Cli", "net472/ConnectorSdk.Build.CliTasks.dll")]
    [InlineData("Full", "17.0.0", null, "Cli", "net472/ConnectorSdk.Build.CliTasks.dll")]
    [InlineData("Core", "18.9.11", "true", "Cli", "net472/ConnectorSdk.Build.CliTasks.dll")]
    [InlineData("Full", "18.0.2", "true", "Cli", "net472/ConnectorSdk.Build.CliTasks.dll")]
    [InlineData("Full", "16.11.2", null, "Unsupported", null)]
    [InlineData("Core", "16.11.2", "true", "Unsupported", null)]
    public void TheMSBuildRunningTheBuild_ChoosesTheTasks(string runtimeType, string version, string? withCli, string host, string? assembly)
    {
        var properties = EvaluateSelection(runtimeType, version, withCli, "_ConnectorAnalysisHost", "ConnectorSdkTasksAssembly");

        Assert.Equal(host, properties.GetProperty("_ConnectorAnalysisHost").GetString());
        if (assembly is not null)
        {
            Assert.EndsWith($"/tasks/{assembly}", properties.GetProperty("ConnectorSdkTasksAssembly").GetString()!.Replace('\\', '/'), StringComparison.Ordinal);
        }
    }

    /// <summary>The targets declare each task once per host, and the analysis target runs the one of its host.</summary>
    [Fact]
    public void EveryHost_HasItsUsingTasks()
    {
        var targets = File.ReadAllText(Path.Combine(RepositoryFolder.Path, "sdk", "Sdk", "Sdk.targets"));

        Assert.Contains("""<UsingTask TaskName="ConnectorSdk.Build.Tasks.AnalyzeConnector" AssemblyFile="$(ConnectorSdkTasksAssembly)" TaskFactory="TaskHostFactory" Runtime="NET" Condition="'$(_ConnectorAnalysisHost)' == 'TaskHost'" />""", targets, StringComparison.Ordinal);
        Assert.Contains("""<UsingTask TaskName="ConnectorSdk.Build.Tasks.AnalyzeConnector" AssemblyFile="$(ConnectorSdkTasksAssembly)" Runtime="NET" Condition="'$(_ConnectorAnalysisHost)' == 'InProcess'" />""", targets, StringComparison.Ordinal);
        Assert.Contains("""<UsingTask TaskName="ConnectorSdk.Build.CliTasks.AnalyzeConnectorWithCli" AssemblyFile="$(ConnectorSdkTasksAssembly)" Condition="'$(_ConnectorAnalysisHost)' == 'Cli'" />""", targets, StringComparison.Ordinal);
    }

    [Fact]
    public void MSBuildOlderThan17_StopsTheBuild_WithPPC0014()
    {
        var result = Dotnet.Run(_folder, new Dictionary<string, string>(), ["msbuild", Project, "-t:GetTargetPath", "-p:_ConnectorSdkMSBuildVersion=16.11.2", "-nologo", "-v:q"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{Project} : error PPC0014: MSBuild 16.11.2 cannot build connector projects: ConnectorSdk needs MSBuild 17.0 or later (Visual Studio 2022 or later, or the .NET SDK)", result.Output, StringComparison.Ordinal);
        Assert.Equal(
            "MSBuild 16.11.2 cannot build connector projects: ConnectorSdk needs MSBuild 17.0 or later (Visual Studio 2022 or later, or the .NET SDK)",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Analysis.Running.InfrastructureDiagnostics.MSBuildTooOld.MessageFormat, "16.11.2", "17.0"));
    }

    [Fact]
    public void SupportedMSBuild_BuildsPastTheCheck()
    {
        var result = Dotnet.Run(_folder, new Dictionary<string, string>(), ["msbuild", Project, "-t:GetTargetPath", "-p:_ConnectorSdkMSBuildVersion=17.0.0", "-p:_ConnectorSdkMSBuildRuntimeType=Full", "-nologo", "-v:q"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("PPC0014", result.Output, StringComparison.Ordinal);
    }

    /// <summary>Solution Explorer shows None items: the project folder's files are (the .NET SDK's defaults), connector files elsewhere are linked by name.</summary>
    [Theory]
    [InlineData(null, null)]
    [InlineData("../Elsewhere", "apiDefinition.swagger.json")]
    public void ConnectorFiles_AreNoneItems(string? connectorFolder, string? link)
    {
        var folder = Directory.CreateDirectory(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Project)!, connectorFolder ?? "."))).FullName;
        SampleConnectors.Copy("ContosoTasks", folder);
        File.Delete(Path.Combine(folder, "ContosoTasks.csproj"));

        var none = Evaluate(connectorFolder is null ? [] : [$"-p:ConnectorFolder={connectorFolder}"], "-getItem:None").GetProperty("Items").GetProperty("None").EnumerateArray();

        var swagger = Assert.Single(none, item => item.GetProperty("FullPath").GetString() == Path.Combine(folder, "apiDefinition.swagger.json"));
        Assert.Equal(link, swagger.TryGetProperty("Link", out var value) ? value.GetString() : null);
    }

    /// <summary>
    /// Visual Studio's fast up-to-date check is off (it knows compiled inputs only), and a ProjectReference gets NoTargets'
    /// metadata (no assembly referenced, no target framework check: no NU1201) and makes the project's output a rule pack.
    /// </summary>
    [Fact]
    public void FastUpToDateCheck_IsOff_AndAProjectReference_IsARulePack()
    {
        var evaluated = Evaluate([], "-getProperty:DisableFastUpToDateCheck", "-getItem:ProjectReference");
        var overridden = Evaluate(["-p:DisableFastUpToDateCheck=false"], "-getProperty:DisableFastUpToDateCheck");

        Assert.Equal(("true", "false"), (evaluated.GetProperty("Properties").GetProperty("DisableFastUpToDateCheck").GetString(), overridden.GetString()));
        var reference = Assert.Single(evaluated.GetProperty("Items").GetProperty("ProjectReference").EnumerateArray());
        Assert.Equal(
            ("false", "true", "ConnectorRulePack"),
            (reference.GetProperty("ReferenceOutputAssembly").GetString(), reference.GetProperty("SkipGetTargetFrameworkProperties").GetString(), reference.GetProperty("OutputItemType").GetString()));
    }

    private JsonElement EvaluateSelection(string runtimeType, string version, string? withCli, params string[] names)
        => Evaluate(
            [$"-p:_ConnectorSdkMSBuildRuntimeType={runtimeType}", $"-p:_ConnectorSdkMSBuildVersion={version}", .. withCli is null ? Array.Empty<string>() : [$"-p:RunConnectorAnalysisWithCli={withCli}"]],
            [.. names.Select(name => $"-getProperty:{name}")]).GetProperty("Properties");

    /// <summary>The project evaluated with the properties given: what -getProperty and -getItem ask for, as JSON (a single property is its value alone).</summary>
    private JsonElement Evaluate(string[] properties, params string[] requests)
    {
        var result = Dotnet.Run(_folder, new Dictionary<string, string>(), ["msbuild", Project, "-nologo", .. properties, .. requests]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return requests.Length == 1 && requests[0].StartsWith("-getProperty:", StringComparison.Ordinal)
            ? JsonSerializer.SerializeToElement(result.Output.Trim())
            : JsonDocument.Parse(result.Output).RootElement;
    }
}
