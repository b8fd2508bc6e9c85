using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConsumesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1084Tests
{
    private const string Body = """[ { "name": "item", "in": "body", "schema": { "type": "object" } } ]""";

    [Theory]
    [InlineData("""{ "consumes": [ "application/json" ], "paths": { "/a": { "post": { "parameters": BODY } } } }""")]
    [InlineData("""{ "paths": { "/a": { "post": { "consumes": [ "text/xml", "Application/JSON; charset=utf-8" ], "parameters": BODY } } } }""")]
    [InlineData("""{ "paths": { "/a": { "get": { "parameters": [ { "name": "q", "in": "query", "type": "string" } ] } } } }""")]
    public async Task SupportedTypeOrNoContent_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger.Replace("BODY", Body, StringComparison.Ordinal));

    [Fact]
    public async Task NoConsumes_WarningOnTheVerb()
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/a": { {|#0:"post"|}: { "operationId": "CreateA", "parameters": {{Body}} } } } }""",
            Verify.Diagnostic(ConsumesRule.Missing).WithLocation(0).WithArguments("'CreateA'").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task EmptyConsumes_Warning()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "consumes": [ "application/json" ], "paths": { "/a": { {|#0:"put"|}: { "consumes": [], "parameters": [ { "name": "f", "in": "formData", "type": "string" } ] } } } }""",
            Verify.Diagnostic(ConsumesRule.Missing).WithLocation(0).WithArguments("PUT /a"));
    }

    [Fact]
    public async Task OnlyUnsupportedTypes_WarningOnTheList()
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "consumes": {|#0:[ "application/xml", "text/json" ]|}, "paths": { "/a": { "post": { "parameters": {{Body}} } } } }""",
            Verify.Diagnostic(ConsumesRule.NotSupported).WithLocation(0).WithArguments("POST /a", "'application/xml' and 'text/json'"));
    }

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = $$"""{ "swagger": "2.0", "paths": { "/a": { "post": { "parameters": {{Body}} } } } }""" });
}
