using ConnectorSdk.Cli.Tests.Infrastructure;

namespace ConnectorSdk.Cli.Tests;

/// <summary>--rule-pack: the sample third-party pack (examples/RulePacks/Contoso.ConnectorRules) loaded by the command line.</summary>
public sealed class ValidateRulePackTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string ConnectorWithSummary(string summary)
    {
        _temp.Write("c/apiDefinition.swagger.json", $$"""
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "description": "Contoso's items.", "version": "1.0" },
              "host": "api.contoso.com",
              "paths": { "/items": { "get": { "operationId": "ListItems", "summary": "{{summary}}", "responses": { "200": { "description": "OK" } } } } }
            }
            """);
        _temp.Write("c/apiProperties.json", Samples.ApiProperties);
        return Path.Combine(_temp.Path, "c");
    }

    [Fact]
    public async Task SamplePack_ReportsItsRule_NextToTheBuiltInOnes()
    {
        var connector = ConnectorWithSummary("List items.");

        var run = await CommandLine.RunAsync("validate", connector, "--rule-pack", SampleRulePack.Path);

        Assert.Contains(
            $"{Path.Combine(connector, "apiDefinition.swagger.json")}(5,74,5,87): warning CTSO001: The summary of GET /items ends with a period; summaries are action names, written as titles",
            run.StdoutLines);
    }

    [Fact]
    public async Task WithoutThePack_ItsRuleDoesNotRun()
        => Assert.DoesNotContain("CTSO001", (await CommandLine.RunAsync("validate", ConnectorWithSummary("List items."))).Stdout, StringComparison.Ordinal);

    [Fact]
    public async Task RulesCommand_ListsThePacksRules_WithTheirOwnHelpLinks_WhateverTheHelpLinkBase()
    {
        var run = await CommandLine.RunAsync("rules", "--rule-pack", SampleRulePack.Path, "--format", "markdown", "--help-link-base", "https://mirror.example/connectorsdk/");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| [CTSO001](https://contoso.example/connector-rules/CTSO001) | Operation summaries do not end with a period | warning | ContosoStyle | All | Default |", run.StdoutLines);
        Assert.Contains(run.StdoutLines, line => line.StartsWith("| [PPC1001](https://mirror.example/connectorsdk/docs/rules/PPC1001.md) |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PackThatCannotBeLoaded_IsPPC0007_AnError()
    {
        var missing = Path.Combine(_temp.Path, "Missing.dll");

        var run = await CommandLine.RunAsync("validate", ConnectorWithSummary("List items"), "--rule-pack", missing, "--mode", "None");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: error PPC0007: Rule pack 'Missing': '{missing}' does not exist", run.StdoutLines);
    }

    [Fact]
    public async Task SamePackTwice_IsPPC0007_ForTheDuplicateId()
    {
        var run = await CommandLine.RunAsync("rules", "--rule-pack", SampleRulePack.Path, "--rule-pack", SampleRulePack.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PPC0007: Rule pack 'Contoso.ConnectorRules': analyzer 'SummaryPeriodRule' declares CTSO001, which rule pack 'Contoso.ConnectorRules' already declares", run.Stderr, StringComparison.Ordinal);
    }
}
