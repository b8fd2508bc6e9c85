using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.PathShadowRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1082Tests
{
    [Fact]
    public async Task VariableSegmentAgainstStaticOne_SameMethod_Warning()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": { "get": {} }, {|#0:"/items/recent"|}: { "get": {}, "post": {} } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("/items/recent", "/items/{id}", "GET").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task Overlap_DeeperAndInEitherOrder()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/v2/blog/{blog}/posts/queue": { "get": {} },
              {|#0:"/v2/blog/{blog}/posts/{post}"|}: { "get": {} } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("/v2/blog/{blog}/posts/{post}", "/v2/blog/{blog}/posts/queue", "GET"));
    }

    [Theory]
    [InlineData("/items/{id}", "get", "/items/recent", "post")]
    [InlineData("/items/{id}", "get", "/items/recent/all", "get")]
    [InlineData("/items/{id}", "get", "/tags/recent", "get")]
    [InlineData("/items/{id}", "get", "/items/{itemId}", "get")]
    [InlineData("/items/{id}.json", "get", "/items/recent", "get")]
    public async Task NoOverlap_NoDiagnostic(string first, string firstMethod, string second, string secondMethod)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "{{first}}": { "{{firstMethod}}": {} }, "{{second}}": { "{{secondMethod}}": {} } } }""");

    [Fact]
    public async Task RecommendedMode_NotDefault()
    {
        await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/items/{id}": { "get": {} }, "/items/recent": { "get": {} } } }""" });
    }
}
