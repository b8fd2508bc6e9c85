using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.WebhookDeleteRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1156Tests
{
    private static string Connector(string trigger, string more = "") => $$"""
        { "swagger": "2.0", "paths": { "/hooks": { "x-ms-notification-content": { "schema": { "type": "object" } },
          "post": { "operationId": "CreateHook", {{trigger}}
            "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "required": [ "url" ],
              "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } } } ] } }{{more}} } }
        """;

    [Fact]
    public async Task DeleteAnywhere_NoDiagnostic()
        => await Verify.VerifySwaggerAsync(Connector("\"x-ms-trigger\": \"single\",", """, "/unsubscribe/{id}": { "delete": { "operationId": "DeleteHook", "x-ms-visibility": "internal" } }"""));

    [Fact]
    public async Task WebhookActionWithoutTrigger_NoDiagnostic() => await Verify.VerifySwaggerAsync(Connector(""));

    [Fact]
    public async Task PollingTriggerOnly_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items/new": { "get": { "x-ms-trigger": "batch" } } } }""");

    [Fact]
    public async Task WebhookTriggerWithoutAnyDelete_WarningOnce()
        => await Verify.VerifySwaggerAsync(
            Connector("{|#0:\"x-ms-trigger\"|}: \"single\",", """, "/other": { "post": { "operationId": "OtherHook", "x-ms-trigger": "single", "parameters": [ { "name": "b", "in": "body", "schema": { "type": "object", "properties": { "u": { "type": "string", "x-ms-notification-url": true } } } } ] } }"""),
            Verify.Diagnostic(WebhookDeleteRule.Rule).WithLocation(0).WithArguments("'CreateHook'").WithSeverity(DiagnosticSeverity.Warning));
}
