using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary><c>--file KIND=FILE</c>: the connector's files named one by one, as a project's ConnectorFile items name them.</summary>
public sealed class ValidateFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Files_AreExactlyTheConnectorsFiles_WhateverTheirNames()
    {
        var connector = _temp.WriteConnectorMissingApiProperties("Contoso");
        var properties = _temp.Write("shared/contoso.properties.json", Samples.ApiProperties);

        var byName = await CommandLine.RunAsync("validate", connector, "--mode", "None");
        var given = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--file", $"ApiDefinition={Path.Combine(connector, "apiDefinition.swagger.json")}", "--file", $"apiproperties={properties}");

        Assert.Contains("error PPC0001", byName.Stdout, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, "1 connector, 0 errors, 0 warnings"), (given.ExitCode, given.StdoutLines.Last()));
    }

    [Fact]
    public async Task FileLeftOut_IsNotRead_EvenUnderItsConventionalName()
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--mode", "None", "--file", $"ApiDefinition={Path.Combine(connector, "apiDefinition.swagger.json")}");

        Assert.Equal(ExitCodes.ErrorsFound, run.ExitCode);
        Assert.Contains("error PPC0001", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("apiProperties.json", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Swagger=api.json", "'Swagger=api.json' is not a valid value for --file: expected KIND=FILE with KIND one of ")]
    [InlineData("api.json", "'api.json' is not a valid value for --file: expected KIND=FILE")]
    [InlineData("ApiDefinition=", "'ApiDefinition=' is not a valid value for --file")]
    public async Task FileThatIsNotKindEqualsFile_IsBadUsage(string value, string reason)
    {
        var connector = _temp.WriteCleanConnector("Contoso");

        var run = await CommandLine.RunAsync("validate", connector, "--file", value);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_WithSeveralPaths_AreBadUsage()
    {
        var first = _temp.WriteCleanConnector("First");
        var second = _temp.WriteCleanConnector("Second");

        var run = await CommandLine.RunAsync("validate", first, second, "--file", $"ApiDefinition={Path.Combine(first, "apiDefinition.swagger.json")}");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal([$"connector: error: --file names the files of one connector: give its folder as the only PATH, not '{first} {second}'."], run.StderrLines);
    }
}
