using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.BodyParameterDynamicRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1165Tests
{
    [Fact]
    public async Task DynamicExtensionsOnTheBodySchemaAndOnOtherParameters_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "post": { "operationId": "PostA", "parameters": [
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-path": "id" } },
                { "name": "body", "in": "body", "schema": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "schema" },
                  "properties": { "owner": { "type": "string", "x-ms-dynamic-values": { "operationId": "GetUsers", "value-path": "id" } } } } } ],
              "responses": { "200": { "description": "OK" } } } } } }
            """);
    }

    [Fact]
    public async Task DynamicExtensionOnABodyParameter_ReportedWhereWritten()
    {
        // A shared body parameter is reported once, in #/parameters, not at each operation that refers to it.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/a": { "post": { "operationId": "PostA", "parameters": [
                { "name": "item", "in": "body", "schema": { "type": "object" }, {|#0:"x-ms-dynamic-schema"|}: { "operationId": "GetSchema", "value-path": "schema" } } ],
                "responses": { "200": { "description": "OK" } } } },
              "/b": { "post": { "operationId": "PostB", "parameters": [ { "$ref": "#/parameters/Body" } ], "responses": { "200": { "description": "OK" } } },
                      "put": { "operationId": "PutB", "parameters": [ { "$ref": "#/parameters/Body" } ], "responses": { "200": { "description": "OK" } } } } },
              "parameters": { "Body": { "name": "body", "in": "body", "schema": { "type": "string" }, {|#1:"x-ms-dynamic-values"|}: { "operationId": "PostA" } } } }
            """,
            Verify.Diagnostic(BodyParameterDynamicRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-schema", "'item' (in body)").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("x-ms-dynamic-schema is on parameter 'item' (in body), a body parameter; move it into the parameter's schema, or onto the schema property it is for"),
            Verify.Diagnostic(BodyParameterDynamicRule.Rule).WithLocation(1).WithArguments("x-ms-dynamic-values", "'body' (in body)"));
    }
}
