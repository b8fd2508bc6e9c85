using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.HostRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1009Tests
{
    [Theory]
    [InlineData("api.contoso.com")]
    [InlineData("api.contoso.com:8443")]
    [InlineData("localhost")]
    [InlineData("10.0.0.1:80")]
    [InlineData("my-api.contoso-1.com")]
    public async Task BareHost_NoDiagnostic(string host)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "host": "{{host}}", "paths": {} }
            """);
    }

    [Fact]
    public async Task NoHost_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {} }
            """);
    }

    [Fact]
    public async Task SchemeAndPath_MessageSaysWhereEachGoes()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "host": {|#0:"https://x.com/api"|}, "paths": {} }
            """,
            Verify.Diagnostic(HostRule.SchemeAndPath).WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("https://x.com/api", "https", "/api", "x.com"));
    }

    [Fact]
    public async Task SchemeOnly_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "host": {|#0:"http://x.com/"|}, "paths": {} }
            """,
            Verify.Diagnostic(HostRule.Scheme).WithLocation(0)
                .WithArguments("http://x.com/", "http", "x.com"));
    }

    [Fact]
    public async Task PathOnly_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "host": {|#0:"x.com/v1/api"|}, "paths": {} }
            """,
            Verify.Diagnostic(HostRule.PathInHost).WithLocation(0)
                .WithArguments("x.com/v1/api", "/v1/api", "x.com"));
    }

    [Theory]
    [InlineData("api contoso.com")]
    [InlineData("api_contoso.com")]
    [InlineData("")]
    [InlineData("x.com:port")]
    [InlineData("{tenant}.contoso.com")]
    public async Task OtherInvalidHosts_Reported(string host)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "host": {|#0:"{{host}}"|}, "paths": {} }
            """,
            Verify.Diagnostic(HostRule.NotBare).WithLocation(0)
                .WithArguments(host));
    }

    [Theory]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    [InlineData("[\"x.com\"]", "an array")]
    [InlineData("{}", "an object")]
    public async Task NotAString_LeftToPPC1002(string value, string described)
    {
        Assert.NotEmpty(described);
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "host": {{value}}, "paths": {} }
            """);
    }

    [Fact]
    public async Task CustomConnector_AlsoAnError()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Kind = ConnectorKind.Custom,
                Swagger = """{ "swagger": "2.0", "host": [|"https://x.com"|], "paths": {} }""",
            });
    }

    [Fact]
    public async Task RootNotAnObject_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("[]");
    }
}
