using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.EnglishTextRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1048Tests
{
    [Fact]
    public async Task NonLatinTitle_ReportedWithTheShareOfNonLatinLetters()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "title": {|#0:"タスク管理"|}, "description": "Contoso Tasks keeps a team's to-do lists in one place." } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("title", "タスク管理", "100").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task NonLatinDescription_Reported_Shortened()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "title": "Contoso Tasks", "description": {|#0:"Управление задачами команды: создавайте, обновляйте и завершайте задачи."|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("description", "Управление задачами команды: создавайте,…", "100"));
    }

    [Theory]
    [InlineData("Contoso Tasks")]
    [InlineData("Café Zoë Tasks")]
    [InlineData("Gestion des tâches")]
    [InlineData("Contoso 東京 Tasks for Teams and Outlook")]
    [InlineData("123 456")]
    public async Task LatinText_OrFewNonLatinLetters_NoDiagnostic(string title)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "title": "{{title}}" } }""");

    [Fact]
    public async Task OddJson_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "info": { "title": 12, "description": ["タスク"] } }""");

    [Theory]
    [InlineData(ConnectorKind.Custom, AnalysisMode.All)]
    [InlineData(ConnectorKind.Certified, AnalysisMode.Default)]
    public async Task CustomConnectors_AndDefaultMode_NotChecked(ConnectorKind kind, AnalysisMode mode)
        => await Verify.VerifyAsync(new ConnectorTest { Kind = kind, Mode = mode, Swagger = """{ "info": { "title": "タスク管理" } }""" });

    [Fact]
    public async Task IndependentPublisher_Checked()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.IndependentPublisher,
            Swagger = """{ "info": { "title": [|"Ελληνικά εργαλεία"|] } }""",
        });
}
