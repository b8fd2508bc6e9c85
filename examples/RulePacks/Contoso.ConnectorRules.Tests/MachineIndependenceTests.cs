using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<Contoso.ConnectorRules.SummaryPeriodRule>;

namespace Contoso.ConnectorRules.Tests;

/// <summary>
/// A rule pack's tests give the same verdict on any machine: the verifier reads no configuration or suppressions file
/// from disk, only what the test gives it. Here the temporary folder (TMPDIR) holds, where the connector under test would
/// be and above it, files that would turn CTSO001 off; the finding is still reported. Not run in parallel with other
/// tests: it changes the process's temporary folder.
/// </summary>
[Collection(nameof(MachineIndependenceTests))]
[CollectionDefinition(nameof(MachineIndependenceTests), DisableParallelization = true)]
public sealed class MachineIndependenceTests : IDisposable
{
    private const string TurnedOff = "is_global = true\ndotnet_diagnostic.CTSO001.severity = none\n";

    private readonly string? _temp = Environment.GetEnvironmentVariable("TMPDIR");
    private readonly string _hostile = Directory.CreateTempSubdirectory("hostile-temp-").FullName;

    public MachineIndependenceTests()
    {
        var underTest = Directory.CreateDirectory(Path.Combine(_hostile, "connector-under-test")).FullName;
        File.WriteAllText(Path.Combine(_hostile, ".globalconfig"), TurnedOff);
        File.WriteAllText(Path.Combine(underTest, ".globalconfig"), TurnedOff);
        File.WriteAllText(Path.Combine(underTest, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.CTSO001.severity = none\n");
        File.WriteAllText(Path.Combine(underTest, "connector.suppressions.json"), """[ { "id": "CTSO001", "file": "apiDefinition.swagger.json" } ]""");
        Environment.SetEnvironmentVariable("TMPDIR", _hostile);
    }

    [Fact]
    public async Task HostileConfigurationInTheTemporaryFolder_ChangesNothing()
    {
        Assert.StartsWith(_hostile, Path.GetTempPath(), StringComparison.Ordinal);

        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/tasks": { "post": { "summary": {|#0:"Create a task."|}, "responses": {} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("POST /tasks"));
    }

    [Fact]
    public async Task OnlyTheConfigurationTheTestGives_Applies()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "swagger": "2.0", "paths": { "/tasks": { "post": { "summary": "Create a task.", "responses": {} } } } }""",
            GlobalConfig = TurnedOff,
        });
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TMPDIR", _temp);
        Directory.Delete(_hostile, recursive: true);
    }
}
