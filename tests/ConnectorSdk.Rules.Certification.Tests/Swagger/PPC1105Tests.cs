using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.InternalParameterDefaultRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1105Tests : ParameterPlacementTests<InternalParameterDefaultRule>
{
    protected override string DefectiveParameter => """{ "name": {|#0:"api-version"|}, "in": "query", "required": true, "type": "string", "x-ms-visibility": "internal" }""";

    protected override DiagnosticDescriptor Expected => InternalParameterDefaultRule.Rule;

    [Fact]
    public async Task InternalRequiredWithDefault_OptionalOrVisibleWithout_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "parameters": [
              { "name": "api-version", "in": "query", "required": true, "type": "string", "default": "2024-01-01", "x-ms-visibility": "internal" },
              { "name": "trace", "in": "header", "type": "string", "x-ms-visibility": "internal" },
              { "name": "top", "in": "query", "required": true, "type": "integer", "x-ms-visibility": "advanced" },
              { "name": "body", "in": "body", "required": true, "x-ms-visibility": "internal", "schema": { "type": "object" } } ] } } } }
            """);
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("Internal")]
    public async Task InternalRequiredWithoutDefault_ReportedAtTheName(string visibility)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "parameters": { "Version": { "name": {|#0:"api-version"|}, "in": "query", "required": true, "type": "string", "x-ms-visibility": "{{visibility}}" } }, "paths": { } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'api-version' (in query)").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Parameter 'api-version' (in query) is internal and required but has no default; users never see it, so the request would lack it: add a default, or make it visible"));
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a/{id}": { "get": { "parameters": [ { "name": {|#0:"id"|}, "in": "path", "required": true, "x-ms-visibility": "internal" } ] } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
