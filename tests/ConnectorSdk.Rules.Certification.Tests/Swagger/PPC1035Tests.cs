using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.IndependentPublisherTitleRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1035Tests
{
    [Theory]
    [InlineData("Contoso")]
    [InlineData("Contoso (independent publisher)")]
    [InlineData("Contoso(Independent Publisher)")]
    public async Task WithoutTheSuffix_Reported(string title)
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.IndependentPublisher,
            Swagger = $$"""{ "info": { "title": {|#0:"{{title}}"|} } }""",
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments(title).WithSeverity(DiagnosticSeverity.Warning) },
        });
    }

    [Fact]
    public async Task WithTheSuffix_NoDiagnostic()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.IndependentPublisher, Swagger = """{ "info": { "title": "Contoso (Independent Publisher)" } }""" });

    [Theory]
    [InlineData(ConnectorKind.Certified)]
    [InlineData(ConnectorKind.Custom)]
    public async Task OnlyIndependentPublishers(ConnectorKind kind)
        => await Verify.VerifyAsync(new ConnectorTest { Kind = kind, Swagger = """{ "info": { "title": "Contoso" } }""" });

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.IndependentPublisher, Mode = AnalysisMode.Default, Swagger = """{ "info": { "title": "Contoso" } }""" });

    [Theory]
    [InlineData("{ \"info\": { \"title\": 3 } }")]
    [InlineData("{ \"info\": { } }")]
    [InlineData("{ \"info\": 3 }")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.IndependentPublisher, Swagger = swagger });
}
