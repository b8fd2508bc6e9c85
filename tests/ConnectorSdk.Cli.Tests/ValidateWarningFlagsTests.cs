using System.Text.RegularExpressions;
using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary><c>--nowarn</c>, <c>--warnaserror[:IDS]</c>, <c>--warnnotaserror</c> and <c>--baseline</c>: the table of cases, and every bad usage.</summary>
public sealed partial class ValidateWarningFlagsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Cases => [.. WarningFlagCases.All.Select(c => c.Name)];

    /// <summary>The table the real builds pass through too (SdkBuildTests), with the CLI's flags.</summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WarningFlags_GiveTheTablesSeverity(string name)
    {
        var flagCase = WarningFlagCases.All.Single(c => c.Name == name);
        var connector = Directory.CreateDirectory(Path.Combine(_temp.Path, "Contoso")).FullName;
        WarningFlagCases.WriteConnector(flagCase, connector);

        var run = await CommandLine.RunAsync(["validate", connector, .. flagCase.Arguments]);

        var reported = run.StdoutLines.Select(line => TrailingComma().Match(line)).Where(match => match.Success).Select(match => match.Groups["severity"].Value).ToList();
        Assert.Equal(flagCase.Expected is null ? [] : [flagCase.Expected], reported);
        Assert.Equal(flagCase.Expected == "error" ? ExitCodes.ErrorsFound : ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public async Task IdsNoPackDeclares_AreIgnored_AndNamedOnStderr_OneLineEach()
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--nowarn", "PPC9999", "--warnaserror:ppc9998;PPC0003", "--warnnotaserror", "CTSO001");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            [
                "connector: warning: 'PPC9999' given to --nowarn is not a rule of the loaded rule packs; ignored.",
                "connector: warning: 'ppc9998' given to --warnaserror is not a rule of the loaded rule packs; ignored.",
                "connector: warning: 'CTSO001' given to --warnnotaserror is not a rule of the loaded rule packs; ignored.",
            ],
            run.StderrLines);
    }

    [Fact]
    public async Task IdsOfALoadedThirdPartyPack_AreKnown()
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--rule-pack", SampleRulePack.Path, "--nowarn", "CTSO001");

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Stderr));
    }

    [Theory]
    [InlineData("--nowarn", "foo", "'foo' given to --nowarn is not a rule id: expected ids such as PPC1051, separated by commas or semicolons.")]
    [InlineData("--nowarn", "PPC0003;1701", "'1701' given to --nowarn is not a rule id: expected ids such as PPC1051, separated by commas or semicolons.")]
    [InlineData("--warnaserror:PPC0003,PPC-1", null, "'PPC-1' given to --warnaserror is not a rule id: expected ids such as PPC1051, separated by commas or semicolons.")]
    [InlineData("--warnnotaserror", "PPC0003 PPC0001", "'PPC0003 PPC0001' given to --warnnotaserror is not a rule id: expected ids such as PPC1051, separated by commas or semicolons.")]
    [InlineData("--severity", "PPC9999=error", "'PPC9999' given to --severity is not a rule of the loaded rule packs; `connector rules` lists them.")]
    [InlineData("--baseline", "missing", "--baseline 'missing' cannot be read: it is neither a swagger file nor a connector folder.")]
    public async Task BadUsage_IsExitCode2_WithOneLine(string option, string? value, string message)
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        string[] flag = value is null ? [option] : [option, value];

        var run = await CommandLine.RunAsync(["validate", connector, "--mode", "None", .. flag]);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"connector: error: {message}"], run.StderrLines);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task BareWarnAsError_TakesNoIds_TheNextTokenIsAPath()
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync("validate", "--mode", "None", "--warnaserror", connector);
        var notAPath = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--warnaserror", "PPC0003");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal((ExitCodes.Failure, "connector: error: 'PPC0003' does not exist.\n"), (notAPath.ExitCode, notAPath.Stderr));
    }

    [Fact]
    public async Task BaselineFolderWithoutASwagger_IsBadUsage()
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        var previous = Path.GetDirectoryName(_temp.Write("previous/apiProperties.json", "{}"))!;

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--baseline", previous);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"connector: error: --baseline '{previous}' cannot be read: it is neither a swagger file nor a connector folder."], run.StderrLines);
    }

    [Fact]
    public async Task Baseline_WithPathsNamingSeveralConnectors_IsBadUsage()
    {
        _temp.WriteCleanConnector("connectors/Contoso");
        _temp.WriteCleanConnector("connectors/Fabrikam");
        var previous = _temp.WriteCleanConnector("previous");

        var run = await CommandLine.RunAsync("validate", Path.Combine(_temp.Path, "connectors"), "--baseline", previous);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(["connector: error: --baseline compares one connector, but the paths name 2; validate the connector on its own."], run.StderrLines);
    }

    [Theory]
    [InlineData("previous")]
    [InlineData("previous/apiDefinition.swagger.json")]
    public async Task Baseline_SwaggerFileOrConnectorFolder_IsAccepted(string baseline)
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        _temp.WriteCleanConnector("previous");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--baseline", Path.Combine(_temp.Path, baseline));

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Stderr));
    }

    [GeneratedRegex(@"\(23,32,23,33\): (?<severity>\w+) PPC0003: ")]
    private static partial Regex TrailingComma();
}
