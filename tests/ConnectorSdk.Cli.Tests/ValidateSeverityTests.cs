using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary><c>--severity ID=LEVEL</c>, <c>--warnaserror</c> and the configuration files the engine reads for the CLI.</summary>
public sealed class ValidateSeverityTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ValidateSeverityTests() => _temp.Write(".editorconfig", "root = true");

    public void Dispose() => _temp.Dispose();

    /// <summary>A connector with one PPC0003 warning (a trailing comma in apiProperties.json).</summary>
    private string ConnectorWithAWarning()
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        _temp.Write("Contoso/apiProperties.json", """{ "properties": { "iconBrandColor": "#007ee5", } }""");
        return connector;
    }

    [Fact]
    public async Task Severity_RaisesAWarningToAnError()
    {
        var run = await CommandLine.RunAsync("validate", ConnectorWithAWarning(), "--mode", "None", "--severity", "PPC0003=error");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Contains(": error PPC0003: ", run.Stdout);
        Assert.Equal("1 connector, 1 error, 0 warnings", run.StdoutLines.Last());
    }

    [Fact]
    public async Task Severity_IsRepeatable_AndNoneSilencesARule()
    {
        _temp.Write("Contoso/apiProperties.json", """{ "a": 1, }""");
        _temp.Write("Contoso/apiDefinition.swagger.json", "");
        var connector = Path.Combine(_temp.Path, "Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--severity", "PPC0003=none", "--severity", "ppc0002=None");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("1 connector, 0 errors, 0 warnings", run.StdoutLines.Last());
    }

    [Fact]
    public async Task Severity_OverridesTheEditorConfig()
    {
        var connector = ConnectorWithAWarning();
        _temp.Write("Contoso/.editorconfig", "[*.json]\ndotnet_diagnostic.PPC0003.severity = error");

        var fromConfig = await CommandLine.RunAsync("validate", connector, "--mode", "None");
        var overridden = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--severity", "PPC0003=suggestion");

        Assert.Equal(ExitCodes.ErrorsFound, fromConfig.ExitCode);
        Assert.Equal(ExitCodes.Success, overridden.ExitCode);
        Assert.Contains(": info PPC0003: ", overridden.Stdout);
    }

    [Fact]
    public async Task WarnAsError_TurnsWarningsIntoErrors()
    {
        var run = await CommandLine.RunAsync("validate", ConnectorWithAWarning(), "--mode", "None", "--warnaserror");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Equal("1 connector, 1 error, 0 warnings", run.StdoutLines.Last());
    }

    [Fact]
    public async Task WarnAsError_LeavesSuggestionsAlone()
    {
        var run = await CommandLine.RunAsync("validate", ConnectorWithAWarning(), "--mode", "None", "--warnaserror", "--severity", "PPC0003=suggestion");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public async Task InvalidConfiguration_IsPPC0008_AtTheFileAndLine()
    {
        var connector = _temp.WriteCleanConnector("Contoso");
        var editorConfig = _temp.Write("Contoso/.editorconfig", "[*.json]\ndotnet_diagnostic.PPC0003.severity = fatal");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"{editorConfig}(2,1,2,43): warning PPC0008: ", run.Stdout);
    }

    [Theory]
    [InlineData("PPC9999=error", "'PPC9999' given to --severity is not a rule of the loaded rule packs; `connector rules` lists them.")]
    [InlineData("PPC0003=fatal", "'PPC0003=fatal' is not a valid value for --severity: expected ID=LEVEL with LEVEL one of none, silent, suggestion, warning, error, default.")]
    [InlineData("PPC0003", "'PPC0003' is not a valid value for --severity: expected ID=LEVEL with LEVEL one of none, silent, suggestion, warning, error, default.")]
    public async Task Severity_WithAnUnknownIdOrLevel_IsAUsageError(string value, string message)
    {
        var run = await CommandLine.RunAsync("validate", _temp.WriteCleanConnector("Contoso"), "--severity", value);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal($"connector: error: {message}", Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
    }
}
