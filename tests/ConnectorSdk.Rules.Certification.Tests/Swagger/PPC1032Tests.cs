using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TitleRestrictedWordsRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1032Tests
{
    [Fact]
    public async Task ApiAndConnector_ReportedTogether()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "title": {|#0:"Contoso API Connector"|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Contoso API Connector", "'API' and 'Connector'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("Contoso api")]
    [InlineData("Contoso for Power Automate")]
    [InlineData("Contoso for power  apps")]
    [InlineData("Contoso (Dataverse)")]
    [InlineData("API-Contoso")]
    public async Task RestrictedWords_Reported(string title)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "title": [|"{{title}}"|] } }""");

    [Theory]
    [InlineData("Contoso APIs")]
    [InlineData("Rapid Contoso")]
    [InlineData("Connectors Hub")]
    [InlineData("Connect Bridge")]
    [InlineData("Powerful Apps")]
    [InlineData("Capital")]
    public async Task WordsThatOnlyContainARestrictedWord_NoDiagnostic(string title)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "title": "{{title}}" } }""");

    [Fact]
    public async Task CustomConnector_OnlyApi_AsWarning()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Swagger = """{ "info": { "title": {|#0:"Contoso API for Power Apps Connector"|} } }""",
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("Contoso API for Power Apps Connector", "'API'").WithSeverity(DiagnosticSeverity.Warning) },
        });
    }

    [Fact]
    public async Task MicrosoftsOwnConnector_ProductNamesAllowed_GenericWordsNot()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "host": "api.powerbi.com", "info": { "title": {|#0:"Power BI API"|} } }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("Power BI API", "'API'") },
        });
    }

    [Fact]
    public async Task CustomConnector_ProductName_NoDiagnostic()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { "title": "Contoso for Power Apps" } }""" });

    [Theory]
    [InlineData("{ \"info\": { \"title\": 7 } }")]
    [InlineData("{ \"info\": { \"title\": { \"API\": \"Connector\" } } }")]
    [InlineData("{ \"info\": [ \"API\" ] }")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public void ConfiguredLists_ReplaceTheDefaults()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ppc1032-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), """
                root = true
                [*.json]
                connectorsdk.title_restricted_words = Gateway
                connectorsdk.restricted_product_names =
                """);
            File.WriteAllText(Path.Combine(folder, "apiDefinition.swagger.json"), """{ "info": { "title": "Contoso API Gateway for Power BI" } }""");
            var engine = new AnalysisEngine([new TitleRestrictedWordsRule()], new AnalysisOptions { Mode = AnalysisMode.All });
            var diagnostics = engine.Analyze(ConnectorProject.Load(folder, ConnectorKind.Certified)).Diagnostics.Where(d => d.Id == "PPC1032").ToList();
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("Title 'Contoso API Gateway for Power BI' contains 'Gateway'; a connector title names the service or organization, without 'API', 'Connector' or a Power Platform product name", diagnostic.GetMessage());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
