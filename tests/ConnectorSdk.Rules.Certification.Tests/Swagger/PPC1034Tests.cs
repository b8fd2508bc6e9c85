using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.PublishedConnectorRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1034Tests
{
    private const string Tail = "; Microsoft certifies one connector per service: update that connector (same folder name) or choose a title that names your own service";

    [Fact]
    public async Task PublishedTitle_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "title": {|#0:"365 training"|} }, "host": "api.my-training.example.org" }
            """,
            Verify.Diagnostic(PublishedConnectorRule.TitleUsed).WithLocation(0).WithArguments("365 training", "'365 Training' (certified-connectors/365Training)").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task PublishedHost_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "title": "My Training" }, "host": {|#0:"api.365.training"|} }
            """,
            Verify.Diagnostic(PublishedConnectorRule.HostUsed).WithLocation(0).WithArguments("api.365.training", "'365 Training' (certified-connectors/365Training)"));
    }

    [Fact]
    public async Task SharedHost_NamesThreeAndCounts()
    {
        var count = PublishedConnectors.All.Count(entry => entry.Host == "graph.microsoft.com");
        Assert.True(count > 3);
        await Verify.VerifySwaggerAsync("""{ "info": { "title": "My Graph Tasks" }, "host": [|"graph.microsoft.com"|] }""");
    }

    [Fact]
    public async Task SameTitleAndHost_IsAnUpdate_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "info": { "title": "365 Training" }, "host": "api.365.training" }""");

    [Theory]
    [InlineData("DefinedInConnectionParameters")]
    [InlineData("api.contoso.com")]
    [InlineData("")]
    public async Task PlaceholderHosts_NoDiagnostic(string host)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "title": "Something New Entirely" }, "host": "{{host}}" }""");

    [Fact]
    public void SameFolderName_IsAnUpdate_NoDiagnostic()
    {
        var swagger = """{ "info": { "title": "365 Training Pro" }, "host": "api.365.training" }""";
        Assert.Empty(Run(Path.Combine(Path.GetTempPath(), "365Training"), swagger));
        var other = Assert.Single(Run(Path.Combine(Path.GetTempPath(), "MyTraining"), swagger));
        Assert.Equal("Host 'api.365.training' is already used by the published connector '365 Training' (certified-connectors/365Training)" + Tail, other.GetMessage());
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    public async Task NotForCustomConnectors(ConnectorKind kind)
        => await Verify.VerifyAsync(new ConnectorTest { Kind = kind, Swagger = """{ "info": { "title": "365 Training" }, "host": "api.365.training.example.org" }""" });

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "info": { "title": "365 Training" } }""" });

    [Theory]
    [InlineData("{ \"info\": { \"title\": 365 }, \"host\": [ \"api.365.training\" ] }")]
    [InlineData("{ \"info\": \"365 Training\", \"host\": 1 }")]
    [InlineData("[ \"365 Training\" ]")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public void TheListShipsInsideThePack()
    {
        Assert.True(PublishedConnectors.All.Count > 1000);
        Assert.Contains(PublishedConnectors.All, entry => entry is { Folder: "independent-publisher-connectors" });
    }

    private static List<Diagnostic> Run(string folder, string swagger)
    {
        var engine = new AnalysisEngine([new PublishedConnectorRule()], new AnalysisOptions { Mode = AnalysisMode.All });
        var project = ConnectorProject.FromContents(folder, ConnectorKind.Certified, [(ConnectorFileKind.ApiDefinition, Encoding.UTF8.GetBytes(swagger))]);
        return engine.Analyze(project).Diagnostics.Where(d => d.Id == "PPC1034").ToList();
    }
}
