using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.PathParameterEncodingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1102Tests : ParameterPlacementTests<PathParameterEncodingRule>
{
    protected override string DefectiveParameter => """{ "name": {|#0:"id"|}, "in": "path", "required": true, "type": "string" }""";

    protected override DiagnosticDescriptor Expected => PathParameterEncodingRule.Rule;

    [Fact]
    public async Task PathParametersWithAnEncoding_OtherParametersWithout_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": { "get": { "parameters": [
              { "name": "id", "in": "path", "required": true, "type": "string", "x-ms-url-encoding": "double" },
              { "name": "top", "in": "query", "type": "integer" } ] } } } }
            """);
    }

    [Fact]
    public async Task PathParameterWithout_WarnedAtItsName_WhereverItIsWritten()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "parameters": { "Id": { "name": {|#0:"id"|}, "in": "path", "required": true, "type": "string" } },
              "paths": { "/items/{id}/parts/{part}": {
                "parameters": [ { "$ref": "#/parameters/Id" } ],
                "get": { "parameters": [ { "name": {|#1:"part"|}, "in": "path", "required": true, "type": "string" } ] } } }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'id' (in path)").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Path parameter 'id' (in path) has no x-ms-url-encoding; add \"x-ms-url-encoding\": \"single\" so that its value is encoded in the URL"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'part' (in path)"));
    }

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a/{id}": { "get": { "parameters": [ { "name": "id", "in": "path" } ] } } } }""" });

    [Fact]
    public async Task CustomConnectorsToo()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "paths": { "/a/{id}": { "get": { "parameters": [ { "name": [|"id"|], "in": "path" } ] } } } }""" });
}
