using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.InternalPropertyRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1106Tests
{
    [Fact]
    public async Task InternalDefaultsRequired_OrInOutputs_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/hooks": { "post": {
                "parameters": [ { "name": "body", "in": "body", "schema": { "allOf": [ { "$ref": "#/definitions/Hook" },
                  { "properties": { "event": { "type": "string", "x-ms-visibility": "internal", "default": "created" } } }, { "required": [ "event" ] } ] } } ],
                "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Result" } } } } } },
              "definitions": {
                "Hook": { "type": "object", "required": [ "url" ], "properties": {
                  "url": { "type": "string", "x-ms-visibility": "internal", "default": "x" },
                  "note": { "type": "string", "x-ms-visibility": "internal" },
                  "kind": { "type": "string", "x-ms-visibility": "advanced", "default": "a" },
                  "ref": { "$ref": "#/definitions/Other", "x-ms-visibility": "internal", "default": "x" } } },
                "Result": { "type": "object", "properties": { "status": { "type": "string", "x-ms-visibility": "internal", "default": "ok" } } } } }
            """);
    }

    [Fact]
    public async Task OptionalInternalDefaultInARequest_ReportedOnTheName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/hooks": { "post": { "operationId": "CreateHook",
                "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "required": [ "url" ], "properties": {
                  "url": { "type": "string" }, {|#0:"active"|}: { "type": "boolean", "x-ms-visibility": "Internal", "default": true },
                  "options": { "$ref": "#/definitions/Options" } } } } ],
                "responses": { "200": { "description": "OK" } } } } },
              "definitions": { "Options": { "type": "object", "properties": { {|#1:"format"|}: { "type": "string", "x-ms-visibility": "internal", "default": "json" } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("active", "schema of parameter 'body' of 'CreateHook'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Property 'active' of the schema of parameter 'body' of 'CreateHook' is internal and has a default but is not required; the platform leaves optional internal properties out of the request: add it to required"),
            Verify.Diagnostic().WithLocation(1).WithArguments("format", "definition 'Options'"));
    }
}
