using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>
/// The native build (publish profile NativeAot, docs/performance.md) is the fast one: it must report exactly
/// what the framework-dependent build reports, and say why it loads no rule pack. It needs clang, so it is
/// left out of the default run (tests/default.runsettings).
/// </summary>
[Trait("Category", "NativeBuild")]
public sealed class NativeBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task NativeBuild_ReportsTheCorpus_AsTheFrameworkDependentBuildDoes()
    {
        var native = await PublishAsync();
        var expected = Path.Combine(_temp.Path, "expected.sarif");
        var actual = Path.Combine(_temp.Path, "native.sarif");

        var run = await CommandLine.RunAsync("validate", TestData.Corpus, "--format", "sarif", "--output", expected);
        var nativeRun = await ChildProcess.RunAsync(native, "validate", TestData.Corpus, "--format", "sarif", "--output", actual);

        Assert.Equal(run.ExitCode, nativeRun.ExitCode);
        Assert.Equal(File.ReadAllText(expected), File.ReadAllText(actual));

        // The breaking-change pack is part of the native build too (docs/cli.md, "Baseline").
        var pair = Path.Combine(TestData.Path, "corpus-history", "DocuSign");
        string[] compare = ["validate", Path.Combine(pair, "new"), "--baseline", Path.Combine(pair, "old", "apiDefinition.swagger.json"), "--mode", "All", "--format", "json"];
        var comparison = await CommandLine.RunAsync(compare);
        var nativeComparison = await ChildProcess.RunAsync(native, compare);
        Assert.Contains("\"PPC70", comparison.Stdout, StringComparison.Ordinal);
        Assert.Equal((comparison.ExitCode, comparison.Stdout), (nativeComparison.ExitCode, nativeComparison.Stdout));

        var withPack = await ChildProcess.RunAsync(native, "validate", TestData.Corpus, "--rule-pack", SampleRulePack.Path);
        Assert.Equal(ExitCodes.ErrorsFound, withPack.ExitCode);
        Assert.Contains("PPC0007: Rule pack 'Contoso.ConnectorRules': the native (AOT) build of connector cannot load rule packs", withPack.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Publishes with the profile, every build output under the test's folder (nothing shared with other builds).</summary>
    private async Task<string> PublishAsync()
    {
        var output = Path.Combine(_temp.Path, "native");
        var publish = await ChildProcess.RunAsync(
            ChildProcess.DotnetHost,
            "publish", Path.Combine(RepositoryFolder.Path, "src", "ConnectorSdk.Cli"), "-c", "Release", "-p:PublishProfile=NativeAot",
            "--artifacts-path", Path.Combine(_temp.Path, "artifacts"), "-o", output, "--nologo");
        Assert.True(publish.ExitCode == 0, publish.Stdout + publish.Stderr);
        return Path.Combine(output, "ConnectorSdk.Cli");
    }
}
