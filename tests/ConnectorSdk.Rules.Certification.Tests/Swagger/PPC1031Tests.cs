using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TitleTooLongRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1031Tests
{
    [Fact]
    public async Task LongTitle_ReportedWithLength()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "title": {|#0:"Contoso Tasks API Connector for Teams"|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Contoso Tasks API Connector for Teams", 37).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("Contoso")]
    [InlineData("Contoso Tasks for Teams Online")]
    public async Task UpToThirty_NoDiagnostic(string title)
    {
        Assert.True(title.Length <= 30);
        await Verify.VerifySwaggerAsync($$"""{ "info": { "title": "{{title}}" } }""");
    }

    [Fact]
    public async Task ThirtyOne_Reported()
        => await Verify.VerifySwaggerAsync("""{ "info": { "title": [|"Contoso Tasks for Teams Onlines"|] } }""");

    [Fact]
    public async Task CustomConnector_Warning()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Mode = AnalysisMode.Default,
            Swagger = """{ "info": { "title": {|#0:"A title that is clearly longer than thirty"|} } }""",
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning) },
        });
    }

    [Theory]
    [InlineData("{ \"info\": { \"title\": 1234567890123456789012345678901234567890 } }")]
    [InlineData("{ \"info\": { \"title\": [\"A title that is clearly longer than thirty\"] } }")]
    [InlineData("{ \"info\": \"A title that is clearly longer than thirty\" }")]
    [InlineData("\"A title that is clearly longer than thirty\"")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
