using System.Diagnostics;
using ConnectorSdk.Build.CliTasks;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary><c>--baseline</c> with the breaking-change pack: a swagger file, a connector folder, <c>git:REV</c>, and what cannot be read.</summary>
public sealed class ValidateBaselineTests : IDisposable
{
    private const string TwoOperations = """
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "description": "Contoso's items.", "version": "1.0" },
          "host": "api.contoso.com",
          "basePath": "/",
          "schemes": [ "https" ],
          "paths": {
            "/items": {
              "get": { "operationId": "ListItems", "summary": "List items", "description": "Lists the items.", "responses": { "200": { "description": "OK" } } },
              "delete": { "operationId": "DeleteItems", "summary": "Delete items", "description": "Deletes the items.", "responses": { "200": { "description": "OK" } } }
            }
          }
        }
        """;

    private const string OneOperation = """
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "description": "Contoso's items.", "version": "1.0" },
          "host": "api.contoso.com",
          "basePath": "/",
          "schemes": [ "https" ],
          "paths": {
            "/items": {
              "get": { "operationId": "ListItems", "summary": "List items", "description": "Lists the items.", "responses": { "200": { "description": "OK" } } }
            }
          }
        }
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SwaggerFileBaseline_ReportsTheDeletedOperation_AtItsPathItem()
    {
        var connector = WriteConnector("Contoso", OneOperation);
        var previous = _temp.Write("previous.json", TwoOperations);

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "All", "--baseline", previous, "--nowarn", "PPC1034");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Path.Combine(connector, "apiDefinition.swagger.json")}(8,5,8,13): error PPC7001: Operation 'DeleteItems' (DELETE /items) was deleted", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameVersion_ReportsNoBreakingChange()
    {
        var connector = WriteConnector("Contoso", TwoOperations);

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "All", "--baseline", connector, "--format", "json");

        Assert.DoesNotContain("PPC7", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Samples.UnreadableSwagger, "cannot be read as JSON at line 1, column 1")]
    [InlineData("""{ "openapi": "3.0.1", "paths": {} }""", "it is not an OpenAPI 2.0 document")]
    public async Task BaselineThatIsNotJsonOrNotOpenApi2_IsBadUsage_WithTheReason(string content, string reason)
    {
        var connector = WriteConnector("Contoso", OneOperation);
        var previous = _temp.Write("previous.json", content);

        var run = await CommandLine.RunAsync("validate", connector, "--baseline", previous);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"connector: error: --baseline: The baseline '{previous}' cannot be read: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitRevision_ComparesEachConnectorWithItsCommittedVersion()
    {
        var connector = WriteConnector("connectors/Contoso", TwoOperations);
        Git("init", "--quiet");
        Git("add", ".");
        Git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "-m", "First version");
        File.WriteAllText(Path.Combine(connector, "apiDefinition.swagger.json"), OneOperation);

        var run = await CommandLine.RunAsync("validate", Path.Combine(_temp.Path, "connectors"), "--mode", "All", "--baseline", "git:HEAD", "--nowarn", "PPC1034");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error PPC7001: Operation 'DeleteItems' (DELETE /items) was deleted", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitRevision_Missing_IsBadUsage_WithTheReason()
    {
        var connector = WriteConnector("Contoso", TwoOperations);
        Git("init", "--quiet");

        var run = await CommandLine.RunAsync("validate", connector, "--baseline", "git:no-such-branch");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"connector: error: --baseline 'git:no-such-branch' cannot be read: the repository that holds '{connector}' has no revision 'no-such-branch'."], run.StderrLines);
    }

    /// <summary>The SDK's records report as its build does: PPC0010 at the connector's folder, not bad usage.</summary>
    [Fact]
    public async Task GitRevision_Missing_IsPPC0010_InTheMsBuildRecords()
    {
        var connector = WriteConnector("Contoso", TwoOperations);
        Git("init", "--quiet");

        var run = await CommandLine.RunAsync("validate", connector, "--baseline", "git:no-such-branch", "--format", "msbuild");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        var problem = Assert.Single(Assert.Single(DiagnosticRecords.Read(new StringReader(run.Stdout))).Diagnostics);
        Assert.Equal(
            ("error", "PPC0010", connector, 0, $"The baseline 'git:no-such-branch' cannot be read: the repository that holds '{connector}' has no revision 'no-such-branch'"),
            (problem.Severity, problem.Code, problem.File, problem.Line, problem.Message));
    }

    [Fact]
    public async Task GitRevision_OutsideARepository_IsBadUsage_WithTheReason()
    {
        var connector = WriteConnector("Contoso", TwoOperations);

        var run = await CommandLine.RunAsync("validate", connector, "--baseline", "git:HEAD");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"connector: error: --baseline 'git:HEAD' cannot be read: '{connector}' is not inside a git repository."], run.StderrLines);
    }

    [Fact]
    public async Task GitRevision_WithoutGit_IsBadUsage_WithTheReason()
    {
        var connector = WriteConnector("Contoso", TwoOperations);
        var noGit = new Dictionary<string, string> { ["PATH"] = Directory.CreateDirectory(Path.Combine(_temp.Path, "empty")).FullName };

        var run = await ChildProcess.RunAsync(null, noGit, Path.GetFullPath(ChildProcess.DotnetHost), typeof(ConnectorCommand).Assembly.Location, "validate", connector, "--baseline", "git:HEAD");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("connector: error: --baseline 'git:HEAD' cannot be read: git cannot be run (", line, StringComparison.Ordinal);
        Assert.EndsWith("); git:REV reads the previous version with the git command line.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderBaseline_ComparesApiPropertiesToo_SwaggerFileBaselineDoesNot()
    {
        var connector = WriteConnector("Contoso", TwoOperations, """{ "properties": { "connectionParameters": { "api_key": { "type": "securestring" } } } }""");
        var previous = WriteConnector("previous", TwoOperations, """{ "properties": { "connectionParameters": { "token": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "aad" } } } } }""");

        var folder = await CommandLine.RunAsync("validate", connector, "--baseline", previous);
        var file = await CommandLine.RunAsync("validate", connector, "--baseline", Path.Combine(previous, "apiDefinition.swagger.json"));

        Assert.Contains("error PPC7011: The authentication in connectionParameters changed from oauthSetting (aad) to securestring", folder.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("PPC7011", file.Stdout, StringComparison.Ordinal);
    }

    private string WriteConnector(string folder, string swagger, string apiProperties = Samples.ApiProperties)
    {
        _temp.Write($"{folder}/apiDefinition.swagger.json", swagger);
        _temp.Write($"{folder}/apiProperties.json", apiProperties);
        return Path.Combine(_temp.Path, folder);
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, error);
    }
}
