using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SchemesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1011Tests
{

    [Theory]
    [InlineData("[\"https\"]")]
    [InlineData("[\"http\", \"https\"]")]
    public async Task HttpAndHttps_NoDiagnostic(string schemes)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "schemes": {{schemes}}, "paths": {} }
            """);
    }

    [Fact]
    public async Task NoSchemes_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": {} }""");
    }

    [Theory]
    [InlineData("ws")]
    [InlineData("wss")]
    public async Task WebSocket_Reported(string scheme)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "schemes": [ "https", {|#0:"{{scheme}}"|} ], "paths": {} }
            """,
            Verify.Diagnostic(SchemesRule.WebSocket).WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments(scheme));
    }

    [Fact]
    public async Task OtherScheme_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "schemes": [ {|#0:"ftp"|} ], "paths": {} }
            """,
            Verify.Diagnostic(SchemesRule.Unsupported).WithLocation(0).WithArguments("ftp"));
    }

    [Fact]
    public async Task UpperCase_ReportedWithTheLowerCaseName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "schemes": [ {|#0:"HTTPS"|} ], "paths": {} }
            """,
            Verify.Diagnostic(SchemesRule.WrongCase).WithLocation(0).WithArguments("HTTPS", "https"));
    }

    [Fact]
    public async Task EmptyArray_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "schemes": {|#0:[]|}, "paths": {} }
            """,
            Verify.Diagnostic(SchemesRule.Empty).WithLocation(0));
    }

    [Theory]
    [InlineData("\"https\"", "a string")]
    [InlineData("{ \"https\": true }", "an object")]
    [InlineData("null", "null")]
    public async Task NotAnArray_LeftToPPC1002(string value, string described)
    {
        Assert.NotEmpty(described);
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "schemes": {{value}}, "paths": {} }
            """);
    }

    [Fact]
    public async Task ItemNotAString_LeftToPPC1002_OtherItemsChecked()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "schemes": [ "https", 1, null, {|#0:"ws"|} ], "paths": {} }
            """,
            Verify.Diagnostic(SchemesRule.WebSocket).WithLocation(0).WithArguments("ws"));
    }

    [Fact]
    public async Task CustomConnector_Reported()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Kind = ConnectorKind.Custom,
                Swagger = """{ "swagger": "2.0", "schemes": [ [|"wss"|] ], "paths": {} }""",
            });
    }
}
