using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TestConnectionOperationRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1159Tests
{
    [Fact]
    public async Task GetWithDefaultsAndSuppliedValues_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "Ping", "parameters": { "region": "eu" } } },
              "parameters": { "top": { "name": "top", "in": "query", "type": "integer", "required": true, "default": 1 } },
              "paths": { "/ping": { "parameters": [ { "name": "region", "in": "query", "type": "string", "required": true } ],
                "get": { "operationId": "Ping", "parameters": [ { "$ref": "#/parameters/top" }, { "name": "filter", "in": "query", "type": "string" } ] } } } }
            """);

    [Fact]
    public async Task NoTestConnection_OrUnknownOperation_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "Nowhere" } },
              "paths": { "/ping": { "post": { "operationId": "Ping" } } } }
            """);

    [Fact]
    public async Task Post_ErrorAtTheMethod()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "Ping" } }, "paths": { "/ping": { {|#0:"post"|}: { "operationId": "Ping" } } } }""",
            Verify.Diagnostic(TestConnectionOperationRule.NotGet).WithLocation(0).WithArguments("'Ping'", "POST")
                .WithMessage("Operation 'Ping', the connector's test connection, is a POST; the platform tests connections with a GET: name a GET operation that only reads"));

    [Fact]
    public async Task RequiredParameterWithoutValue_ErrorWhereDeclared()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "GetUser", "parameters": { "expand": "none" } } },
              "parameters": { "tenant": { "name": "tenant", "in": "header", "type": "string", "required": true } },
              "paths": { "/users/{id}": { "get": { "operationId": "GetUser", "parameters": [
                { "name": {|#0:"id"|}, "in": "path", "type": "string", "required": true }, { "$ref": {|#1:"#/parameters/tenant"|} } ] } } } }
            """,
            Verify.Diagnostic(TestConnectionOperationRule.ParameterNotSupplied).WithLocation(0).WithArguments("'id' (in path)", "'GetUser'"),
            Verify.Diagnostic(TestConnectionOperationRule.ParameterNotSupplied).WithLocation(1).WithArguments("'tenant' (in header)", "'GetUser'"));
}
