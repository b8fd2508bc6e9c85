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
    [InlineData("dev.contoso.com", "dev", "dev")]
    [InlineData("api.test.contoso.com", "test", "test")]
    [InlineData("Staging.Contoso.com", "Staging", "staging")]
    [InlineData("api.sandbox.contoso.com", "sandbox", "sandbox")]
    public async Task EnvironmentLabels_Reported(string host, string label, string word)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "host": {|#0:"{{host}}"|}, "paths": {} }""",
            Verify.Diagnostic(ProductionHostRule.EnvironmentLabel).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments(host, label, word));
    }

    [Theory]
    [InlineData("api-dev.contoso.com", "api-dev", "dev")]
    [InlineData("dev-api.contoso.com", "dev-api", "dev")]
    [InlineData("test2.contoso.com", "test2", "test")]
    public async Task LabelsWithAnEnvironmentsWord_Reported(string host, string label, string word)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "host": {|#0:"{{host}}"|}, "paths": {} }""",
            Verify.Diagnostic(ProductionHostRule.EnvironmentWord).WithLocation(0).WithArguments(host, label, word));
    }

    [Fact]
    public async Task Localhost_Reported()
    {
        await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "host": {|#0:"localhost:4433"|}, "paths": {} }""",
            Verify.Diagnostic(ProductionHostRule.Localhost).WithLocation(0).WithArguments("localhost:4433"));
    }

    [Theory]
    [InlineData("10.0.0.12")]
    [InlineData("192.168.1.1:8080")]
    public async Task IpAddresses_Reported(string host)
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "host": {|#0:"{{host}}"|}, "paths": {} }""",
            Verify.Diagnostic(ProductionHostRule.IpAddress).WithLocation(0).WithArguments(host));
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
    public async Task ConfiguredWords_ReplaceTheDefaults()
    {
        const string EditorConfig = $"[*]\n{ProductionHostRule.WordsKey} = preview, beta";
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = """{ "swagger": "2.0", "host": {|#0:"preview.contoso.com"|}, "paths": {} }""", EditorConfig = EditorConfig },
            Verify.Diagnostic(ProductionHostRule.EnvironmentLabel).WithLocation(0).WithArguments("preview.contoso.com", "preview", "preview"));
        await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "host": "dev.contoso.com", "paths": {} }""", EditorConfig = EditorConfig });
    }
}
