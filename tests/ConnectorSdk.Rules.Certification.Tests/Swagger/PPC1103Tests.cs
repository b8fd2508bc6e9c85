using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.UrlEncodingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1103Tests : ParameterPlacementTests<UrlEncodingRule>
{
    protected override string DefectiveParameter => """{ "name": "id", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": {|#0:"none"|} }""";

    protected override DiagnosticDescriptor Expected => UrlEncodingRule.UnknownValue;

    [Theory]
    [InlineData("single")]
    [InlineData("double")]
    [InlineData("Double")]
    public async Task DocumentedValuesOnPathParameters_NoDiagnostic(string value)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items/{id}": { "get": { "parameters": [
              { "name": "id", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": "{{value}}" } ] } } } }
            """);
    }

    [Theory]
    [InlineData("\"triple\"")]
    [InlineData("\"\"")]
    [InlineData("true")]
    [InlineData("[\"single\"]")]
    public async Task UnknownValue_ReportedAtTheValue(string value)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items/{id}": { "get": { "parameters": [
              { "name": "id", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": {|#0:{{value}}|} } ] } } } }
            """,
            Verify.Diagnostic(UrlEncodingRule.UnknownValue).WithLocation(0).WithArguments("'id' (in path)", value).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task UnknownValue_MessageSaysWhatIsExpected()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "parameters": { "Id": { "name": "id", "in": "path", "x-ms-url-encoding": {|#0:"none"|} } }, "paths": { } }
            """,
            Verify.Diagnostic(UrlEncodingRule.UnknownValue).WithLocation(0)
                .WithMessage("Parameter 'id' (in path) has x-ms-url-encoding \"none\"; expected \"single\" or \"double\" (leaving it out means \"single\")"));
    }

    [Fact]
    public async Task OnAQueryParameter_ReportedAtTheExtension()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [
              { "name": "filter", "in": "query", "type": "string", {|#0:"x-ms-url-encoding"|}: "single" } ] } } } }
            """,
            Verify.Diagnostic(UrlEncodingRule.OnQuery).WithLocation(0).WithArguments("'filter' (in query)")
                .WithMessage("Query parameter 'filter' (in query) sets x-ms-url-encoding; the platform encodes every query parameter once itself: remove it"));
    }

    [Fact]
    public async Task UnknownValueOnAQueryParameter_BothReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [
              { "name": "filter", "in": "query", {|#0:"x-ms-url-encoding"|}: {|#1:"twice"|} } ] } } } }
            """,
            Verify.Diagnostic(UrlEncodingRule.OnQuery).WithLocation(0),
            Verify.Diagnostic(UrlEncodingRule.UnknownValue).WithLocation(1));
    }

    [Fact]
    public async Task ElsewhereThanOnAParameter_NotThisRule()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-url-encoding": "triple", "definitions": { "Item": { "type": "string", "x-ms-url-encoding": "triple" } },
              "paths": { "/items": { "get": { "x-ms-url-encoding": "triple", "parameters": [ { "name": "h", "in": "header", "x-ms-url-encoding": "single" } ] } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a": { "get": { "parameters": [ { "name": "q", "in": "query", {|#0:"x-ms-url-encoding"|}: "single" } ] } } } }""" },
            Verify.Diagnostic(UrlEncodingRule.OnQuery).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
