using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ProductionHostRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1012Tests
{
    [Theory]
    [InlineData("api.contoso.com")]
    [InlineData("developer.contoso.com")]
    [InlineData("api.latest.io")]
    [InlineData("contest.example.com")]
    [InlineData("testing-tools.com")]
    [InlineData("devops.contoso.com")]
    [InlineData("api.quantum.com")]
    [InlineData("connect.squareupsandbox.com")]
    [InlineData("stagecoach.com")]
    [InlineData("api.contoso.com:443")]
    [InlineData("1.2.3.contoso.com")]
    public async Task ProductionLookingHosts_NoDiagnostic(string host)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "host": "{{host}}", "paths": {} }""");
    }

    [Theory]
    [InlineData("dev.contoso.com", "its label 'dev' names a 'dev' environment")]
    [InlineData("api.test.contoso.com", "its label 'test' names a 'test' environment")]
    [InlineData("api-dev.contoso.com", "its label 'api-dev' contains 'dev'")]
    [InlineData("dev-api.contoso.com", "its label 'dev-api' contains 'dev'")]
    [InlineData("test2.contoso.com", "its label 'test2' contains 'test'")]
    [InlineData("Staging.Contoso.com", "its label 'Staging' names a 'staging' environment")]
    [InlineData("api.sandbox.contoso.com", "its label 'sandbox' names a 'sandbox' environment")]
    [InlineData("localhost:4433", "it is localhost, the machine the request is made from")]
    [InlineData("10.0.0.12", "it is an IP address, not a host name")]
    [InlineData("192.168.1.1:8080", "it is an IP address, not a host name")]
    public async Task NonProductionHosts_Reported(string host, string reason)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "host": {|#0:"{{host}}"|}, "paths": {} }""",
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments(host, reason));
    }

    [Fact]
    public async Task IndependentPublisher_Reported()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.IndependentPublisher,
            Swagger = """{ "swagger": "2.0", "host": [|"uat.contoso.com"|], "paths": {} }""",
        });
    }

    [Fact]
    public async Task CustomConnector_NotChecked()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Swagger = """{ "swagger": "2.0", "host": "dev.contoso.com", "paths": {} }""",
        });
    }

    [Fact]
    public async Task RecommendedMode_TurnsItOn_DefaultDoesNot()
    {
        await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "host": "dev.contoso.com", "paths": {} }""" });
        await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Recommended, Swagger = """{ "swagger": "2.0", "host": [|"dev.contoso.com"|], "paths": {} }""" });
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public async Task OddHosts_NoDiagnostic(string host)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "host": {{host}}, "paths": {} }""");
    }

    [Fact]
    public void ConfiguredWords_ReplaceTheDefaults()
    {
        const string Key = ProductionHostRule.WordsKey;
        var preview = ConfiguredConnector.Analyze(new ProductionHostRule(), """{ "swagger": "2.0", "host": "preview.contoso.com", "paths": {} }""", $"{Key} = preview, beta");
        var dev = ConfiguredConnector.Analyze(new ProductionHostRule(), """{ "swagger": "2.0", "host": "dev.contoso.com", "paths": {} }""", $"{Key} = preview, beta");

        Assert.Equal("PPC1012", Assert.Single(preview).Id);
        Assert.Contains("'preview'", preview[0].GetMessage(), StringComparison.Ordinal);
        Assert.Empty(dev);
    }
}
