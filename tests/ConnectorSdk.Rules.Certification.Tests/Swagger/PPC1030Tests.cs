using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TitleRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1030Tests
{
    [Fact]
    public async Task NoTitle_ReportedOnInfo()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", {|#0:"info"|}: { "version": "1.0" } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'info' has no 'title'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"\"", "'info.title' is blank")]
    [InlineData("\"   \"", "'info.title' is blank")]
    [InlineData("42", "'info.title' is a number, not a string")]
    [InlineData("null", "'info.title' is null, not a string")]
    [InlineData("[\"Contoso\"]", "'info.title' is an array, not a string")]
    public async Task BlankOrNotAString_ReportedOnValue(string title, string problem)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "title": {|#0:{{title}}|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(problem));
    }

    [Fact]
    public async Task Title_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "info": { "title": "Contoso" } }""");

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"info\": \"Contoso\" }")]
    [InlineData("{ \"info\": [ { \"title\": 1 } ] }")]
    [InlineData("[ ]")]
    public async Task NoInfoObject_LeftToTheStructureRules(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { } }""" });

    [Fact]
    public async Task IndependentPublisher_Reported()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.IndependentPublisher, Mode = AnalysisMode.Default, Swagger = """{ "info": { "title": [|""|] } }""" });
}
