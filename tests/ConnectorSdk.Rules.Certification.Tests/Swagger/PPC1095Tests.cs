using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ReservedParameterNameRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1095Tests : ParameterPlacementTests<ReservedParameterNameRule>
{
    protected override string DefectiveParameter => """{ "name": {|#0:"connectionId"|}, "in": "path", "required": true, "type": "string" }""";

    protected override DiagnosticDescriptor Expected => ReservedParameterNameRule.Rule;

    [Fact]
    public async Task OrdinaryNames_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/connections/{connection}": { "get": { "parameters": [
              { "name": "connection", "in": "path", "required": true, "type": "string" },
              { "name": "connectionIdentifier", "in": "query", "type": "string" } ] } } } }
            """);
    }

    [Theory]
    [InlineData("connectionId", "query")]
    [InlineData("ConnectionId", "header")]
    [InlineData("connectionid", "body")]
    public async Task ConnectionId_InAnyCaseAndLocation_ReportedAtTheName(string name, string location)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "post": { "parameters": [ { "name": {|#0:"{{name}}"|}, "in": "{{location}}", "type": "string" } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments($"'{name}' (in {location})", "connectionId").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage($"Parameter '{name}' (in {location}) takes the name 'connectionId', which the platform reserves for itself; rename the parameter"));
    }

    [Fact]
    public async Task SharedDefinition_ReportedOnceWhereWritten()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "parameters": { "Connection": { "name": {|#0:"connectionId"|}, "in": "query", "type": "string" } },
              "paths": { "/a": { "get": { "parameters": [ { "$ref": "#/parameters/Connection" } ] } }, "/b": { "get": { "parameters": [ { "$ref": "#/parameters/Connection" } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0));
    }

    [Fact]
    public async Task ConfiguredNames_ReplaceTheDefault()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                EditorConfig = "root = true\n[*.json]\nconnectorsdk.reserved_parameter_names = environmentId, tenantId\n",
                Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "connectionId", "in": "query" }, { "name": {|#0:"TenantId"|}, "in": "query" } ] } } } }""",
            },
            Verify.Diagnostic().WithLocation(0).WithArguments("'TenantId' (in query)", "tenantId"));
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a": { "get": { "parameters": [ { "name": {|#0:"connectionId"|}, "in": "query" } ] } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
