using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.BasePathRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1010Tests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1")]
    public async Task Slash_NoDiagnostic(string basePath)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "basePath": "{{basePath}}", "paths": {} }
            """);
    }

    [Fact]
    public async Task NoBasePath_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": {} }""");
    }

    [Theory]
    [InlineData("api/v1", "/api/v1")]
    [InlineData("", "/")]
    [InlineData("https://x.com/api", "/api")]
    [InlineData("https://x.com", "/")]
    public async Task NoLeadingSlash_ReportedWithASuggestion(string basePath, string suggestion)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "basePath": {|#0:"{{basePath}}"|}, "paths": {} }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments(basePath, suggestion));
    }

    [Theory]
    [InlineData("1", "a number")]
    [InlineData("[\"/\"]", "an array")]
    [InlineData("null", "null")]
    public async Task NotAString_LeftToPPC1002(string value, string described)
    {
        Assert.NotEmpty(described);
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "basePath": {{value}}, "paths": {} }
            """);
    }

    [Fact]
    public async Task IndependentPublisher_Reported()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Kind = ConnectorKind.IndependentPublisher,
                Swagger = """{ "swagger": "2.0", "basePath": [|"v2"|], "paths": {} }""",
            });
    }
}
