using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.VisibilityRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1104Tests : ParameterPlacementTests<VisibilityRule>
{
    protected override string DefectiveParameter => """{ "name": "id", "in": "path", "required": true, "type": "string", "x-ms-visibility": {|#0:"hidden"|} }""";

    protected override DiagnosticDescriptor Expected => VisibilityRule.Parameter;

    [Theory]
    [InlineData("important")]
    [InlineData("advanced")]
    [InlineData("internal")]
    [InlineData("")]
    [InlineData("none")]
    [InlineData("Advanced")]
    [InlineData("INTERNAL")]
    public async Task DocumentedValuesInAnyCase_OrEmpty_NoDiagnostic(string value)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0",
              "definitions": { "Item": { "type": "object", "x-ms-visibility": "{{value}}", "properties": { "id": { "type": "string", "x-ms-visibility": "{{value}}" } } } },
              "paths": { "/items": { "get": { "x-ms-visibility": "{{value}}", "parameters": [ { "name": "top", "in": "query", "x-ms-visibility": "{{value}}" } ] } } } }
            """);
    }

    [Fact]
    public async Task UnknownValues_ReportedAtTheValue_NamingTheElement()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "definitions": { "Item": { "type": "object", "properties": { "id": { "type": "string", "x-ms-visibility": {|#0:"hidden"|} } } } },
              "paths": { "/items": { "get": { "operationId": "ListItems", "x-ms-visibility": {|#1:"visible"|},
                "parameters": [ { "name": "top", "in": "query", "x-ms-visibility": {|#2:"advance"|} },
                                { "name": "body", "in": "body", "schema": { "x-ms-visibility": {|#3:true|} } } ] } } } }
            """,
            Verify.Diagnostic(VisibilityRule.Schema).WithLocation(0).WithArguments("'/definitions/Item/properties/id'", "\"hidden\"", "\"important\", \"advanced\" or \"internal\"").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Schema '/definitions/Item/properties/id' has x-ms-visibility \"hidden\"; expected \"important\", \"advanced\" or \"internal\" (or \"none\", or leave it out, for normal visibility)"),
            Verify.Diagnostic(VisibilityRule.Operation).WithLocation(1).WithArguments("'ListItems'", "\"visible\"", "\"important\", \"advanced\" or \"internal\"")
                .WithMessage("Operation 'ListItems' has x-ms-visibility \"visible\"; expected \"important\", \"advanced\" or \"internal\" (or \"none\", or leave it out, for normal visibility)"),
            Verify.Diagnostic(VisibilityRule.Parameter).WithLocation(2).WithArguments("'top' (in query)", "\"advance\"", "\"important\", \"advanced\" or \"internal\""),
            Verify.Diagnostic(VisibilityRule.Schema).WithLocation(3).WithArguments("'/paths/~1items/get/parameters/1/schema'", "true", "\"important\", \"advanced\" or \"internal\""));
    }

    [Fact]
    public async Task ElsewhereThanOnOperationsParametersAndSchemas_NotThisRule()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-visibility": "hidden", "info": { "x-ms-visibility": "hidden" },
              "paths": { "/items": { "x-ms-visibility": "hidden", "get": { "responses": { "200": { "description": "OK", "x-ms-visibility": "hidden" } } } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a": { "get": { "x-ms-visibility": {|#0:"hidden"|} } } } }""" },
            Verify.Diagnostic(VisibilityRule.Operation).WithLocation(0).WithArguments("GET /a", "\"hidden\"", "\"important\", \"advanced\" or \"internal\"").WithSeverity(DiagnosticSeverity.Error));
    }
}
