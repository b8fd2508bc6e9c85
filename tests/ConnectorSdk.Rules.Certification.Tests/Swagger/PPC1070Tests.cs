using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.EmptyOperationRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1070Tests
{
    [Theory]
    [InlineData("""{ "parameters": [ { "name": "q", "in": "query", "type": "string" } ] }""")]
    [InlineData("""{ "responses": { "200": { "description": "OK", "schema": { "type": "object" } } } }""")]
    [InlineData("""{ "description": "Starts the job." }""")]
    [InlineData("""{ "description": 42 }""")]
    public async Task ParametersResponseSchemaOrDescription_NoDiagnostic(string operation)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/job": { "post": {{operation}} } } }""");

    [Fact]
    public async Task EmptyOperation_ErrorOnTheVerb()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/job": { {|#0:"post"|}: { "operationId": "StartJob", "summary": "Start a job", "description": " ", "responses": { "200": { "description": "OK" } } } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'StartJob'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task PathItemParameterOrReferencedResponseSchema_Count()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "responses": { "Job": { "description": "The job", "schema": { "type": "object" } } },
              "paths": {
                "/jobs/{id}": { "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ], "delete": { } },
                "/jobs": { "get": { "responses": { "200": { "$ref": "#/responses/Job" } } } }
              }
            }
            """);
    }

    [Fact]
    public async Task CustomConnector_NotChecked()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { } } } }""" });

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
        => await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { } } } }""", ApiProperties = MicrosoftConnector.ApiProperties(publisher) });
}
