using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
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
            Verify.Diagnostic(TitleRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"   \"", "")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    [InlineData("[\"Contoso\"]", "an array")]
    public async Task BlankOrNotAString_ReportedOnValue(string title, string type)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "title": {|#0:{{title}}|} } }
            """,
            type.Length == 0
                ? Verify.Diagnostic(TitleRequiredRule.Blank).WithLocation(0)
                : Verify.Diagnostic(TitleRequiredRule.NotString).WithLocation(0).WithArguments(type));
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
