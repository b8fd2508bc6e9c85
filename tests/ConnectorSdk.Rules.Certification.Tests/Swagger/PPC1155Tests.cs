using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.WebhookTriggerKindRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1155Tests
{
    private static string Webhook(string trigger) => $$"""
        { "swagger": "2.0", "paths": { "/hooks": { "x-ms-notification-content": { "schema": { "type": "object" } },
          "post": { "operationId": "CreateHook", {{trigger}}
            "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "required": [ "url" ],
              "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } } } ] } } } }
        """;

    [Fact]
    public async Task SingleWebhookTrigger_NoDiagnostic() => await Verify.VerifySwaggerAsync(Webhook("\"x-ms-trigger\": \"single\","));

    [Fact]
    public async Task WebhookActionWithoutTrigger_NoDiagnostic()
    {
        // An action that waits for a callback (certified connectors have them): not a trigger at all.
        await Verify.VerifySwaggerAsync(Webhook(""));
    }

    [Fact]
    public async Task BatchPollingTrigger_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items/new": { "get": { "x-ms-trigger": "batch" } } } }""");

    [Fact]
    public async Task BatchWebhookTrigger_Warning()
        => await Verify.VerifySwaggerAsync(
            Webhook("\"x-ms-trigger\": {|#0:\"batch\"|},"),
            Verify.Diagnostic(WebhookTriggerKindRule.Rule).WithLocation(0).WithArguments("'CreateHook'").WithSeverity(DiagnosticSeverity.Warning));
}
