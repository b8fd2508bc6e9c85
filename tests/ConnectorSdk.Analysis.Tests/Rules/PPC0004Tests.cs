using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Analysis.Tests.Rules;

public sealed class PPC0004Tests
{
    [Fact]
    public Task Utf8_WithNonAsciiText_NoDiagnostic()
        => InfrastructureTest.VerifySwaggerAsync("""{"swagger": "2.0", "info": {"title": "Café"}}""");

    [Fact]
    public Task Windows1252Byte_IsReportedOnTheFirstOne_AndTheFileIsStillRead()
    {
        // "Caf\xE9" is Latin-1/Windows-1252 for "Café": not valid UTF-8.
        byte[] swagger = [.. "{\n  \"info\": {\"title\": \"Caf"u8, 0xE9, .. "\"}\n}"u8];
        var test = new ConnectorTest
        {
            ApiProperties = "{}",
            IncludeInfrastructure = true,
            RawFiles = { [ConnectorFileKind.ApiDefinition] = swagger },
            ExpectedDiagnostics =
            {
                new DiagnosticResult("PPC0004")
                    .WithSpan("apiDefinition.swagger.json", 2, 25, 2, 26)
                    .WithArguments("apiDefinition.swagger.json", "byte 0xE9 at line 2")
                    .WithSeverity(DiagnosticSeverity.Warning),
            },
        };
        return test.RunAsync();
    }

    [Fact]
    public void Windows1252Text_IsDecoded_ForTheRules()
    {
        byte[] swagger = [.. "{\"info\": {\"title\": \"Caf"u8, 0xE9, .. "\"}}"u8];
        string? title = null;
        var analyzer = new DelegateAnalyzer(
            context => context.RegisterSwaggerAction(c => title = c.Swagger.Root.TryGetProperty("info", out var info) ? info.GetString("title") : null),
            TestDescriptors.Create("PPC9001"));

        new AnalysisEngine([analyzer]).Analyze(ConnectorProject.FromContents("/c", ConnectorKind.Custom, [(ConnectorFileKind.ApiDefinition, swagger)]));

        Assert.Equal("Café", title);
    }
}
