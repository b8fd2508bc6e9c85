using System.Text.Json;

namespace ConnectorSdk.Build.Tests;

/// <summary>
/// Which tasks the SDK's targets use under each MSBuild, on projects evaluated by `dotnet msbuild` over the repository's
/// sdk/Sdk files, with the MSBuild's runtime and version given through the private properties the targets read them into
/// (MSBuildRuntimeType and MSBuildVersion themselves are reserved).
/// </summary>
public sealed class TaskSelectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("connectorsdk-selection-").FullName;

    public TaskSelectionTests()
    {
        var sdk = Path.Combine(RepositoryFolder.Path, "sdk", "Sdk");
        File.WriteAllText(Project, $"""
            <Project>
              <Import Project="{sdk}/Sdk.props" />
              <Import Project="{sdk}/Sdk.targets" />
            </Project>
            """);
    }

    private string Project => Path.Combine(_folder, "Contoso.csproj");

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
        var properties = Evaluate(runtimeType, version, withCli, "_ConnectorAnalysisHost", "ConnectorSdkTasksAssembly");

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

    private JsonElement Evaluate(string runtimeType, string version, string? withCli, params string[] names)
    {
        string[] arguments =
        [
            "msbuild", Project, "-nologo", $"-p:_ConnectorSdkMSBuildRuntimeType={runtimeType}", $"-p:_ConnectorSdkMSBuildVersion={version}",
            .. withCli is null ? Array.Empty<string>() : [$"-p:RunConnectorAnalysisWithCli={withCli}"],
            .. names.Select(name => $"-getProperty:{name}"),
        ];
        var result = Dotnet.Run(_folder, new Dictionary<string, string>(), arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("Properties");
    }
}
