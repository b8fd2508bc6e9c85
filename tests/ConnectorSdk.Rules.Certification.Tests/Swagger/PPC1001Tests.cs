using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SpecificationVersionRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1001Tests
{
    [Fact]
    public async Task Swagger20_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "paths": {} }
            """);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"2.0\"")]
    public async Task RootThatIsNotAnObject_ReportedOnTheDocument(string root)
    {
        await Verify.VerifySwaggerAsync($"[|{root}|]");
    }

    [Fact]
    public async Task OtherVersionString_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": {|#0:"3.0"|}, "info": { "title": "Contoso", "version": "1.0" }, "paths": {} }
            """,
            Verify.Diagnostic(SpecificationVersionRule.WrongVersion).WithLocation(0).WithArguments("\"3.0\"").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task OpenApi3_ReportedOnTheOpenApiKey()
    {
        await Verify.VerifySwaggerAsync("""
            { {|#0:"openapi"|}: "3.0.1", "info": { "title": "Contoso", "version": "1.0" }, "paths": {} }
            """,
            Verify.Diagnostic(SpecificationVersionRule.OpenApi).WithLocation(0).WithArguments("\"3.0.1\""));
    }

    [Fact]
    public async Task OpenApiNotAString_ReportedOnTheOpenApiKey()
    {
        await Verify.VerifySwaggerAsync("""
            { {|#0:"openapi"|}: 3, "paths": {} }
            """,
            Verify.Diagnostic(SpecificationVersionRule.OpenApi).WithLocation(0).WithArguments("3"));
    }

    [Fact]
    public async Task NumberInsteadOfString_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": {|#0:2.0|}, "paths": {} }
            """,
            Verify.Diagnostic(SpecificationVersionRule.WrongVersion).WithLocation(0).WithArguments("2.0"));
    }

    [Theory]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    [InlineData("[ \"2.0\" ]", "[\"2.0\"]")]
    [InlineData("{ \"version\": \"2.0\" }", "{\"version\":\"2.0\"}")]
    public async Task WrongJsonType_Reported(string value, string shown)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": {|#0:{{value}}|}, "paths": {} }
            """,
            Verify.Diagnostic(SpecificationVersionRule.WrongVersion).WithLocation(0).WithArguments(shown));
    }

    [Theory]
    [InlineData("\"2\"")]
    [InlineData("\"2.0.0\"")]
    [InlineData("\" 2.0\"")]
    [InlineData("\"\"")]
    public async Task AlmostTwo_Reported(string value)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": [|{{value}}|], "paths": {} }
            """);
    }

    [Fact]
    public async Task NoVersionAtAll_ReportedOnTheDocument()
    {
        await Verify.VerifySwaggerAsync("""
            {|#0:{
              "info": { "title": "Contoso", "version": "1.0" },
              "paths": {}
            }|}
            """,
            Verify.Diagnostic(SpecificationVersionRule.Missing).WithLocation(0));
    }

    [Fact]
    public async Task SwaggerAndOpenApiBoth_SwaggerDecides()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "openapi": "3.0.1", "paths": {} }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    [InlineData(ConnectorKind.Certified)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = """{ "swagger": {|#0:"1.2"|}, "paths": {} }""", Kind = kind, Mode = AnalysisMode.Default },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task ModeNone_Silent()
    {
        await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "1.2", "paths": {} }""", Mode = AnalysisMode.None });
    }
}
