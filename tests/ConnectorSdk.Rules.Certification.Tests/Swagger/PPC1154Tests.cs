using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.WebhookTriggerUrlRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1154Tests
{
    [Fact]
    public async Task WebhookTriggerWithItsCallbackProperty_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/hooks": { "x-ms-notification-content": { "schema": { "type": "object" } },
              "post": { "operationId": "CreateHook", "x-ms-trigger": "single", "parameters": [ { "name": "body", "in": "body",
                "schema": { "$ref": "#/definitions/Hook" } } ] } } },
              "definitions": { "Hook": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": true } } } } }
            """);

    [Fact]
    public async Task PollingTrigger_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "batch" } } } }""");

    [Fact]
    public async Task PostWithoutTrigger_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items": { "post": { "operationId": "CreateItem" } } } }""");

    [Fact]
    public async Task PostTriggerWithoutCallbackProperty_Error()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/hooks": { "post": { "operationId": "CreateHook", {|#0:"x-ms-trigger"|}: "single",
              "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": false } } } } ] } } } }
            """,
            Verify.Diagnostic(WebhookTriggerUrlRule.Rule).WithLocation(0).WithArguments("'CreateHook'")
                .WithMessage("Trigger 'CreateHook' registers a webhook but no parameter or body property is marked x-ms-notification-url; mark the body property that carries the callback URL"));

    [Fact]
    public async Task TriggerWithNotificationContentButNoCallback_Error()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/hooks": { "x-ms-notification-content": { "schema": { "type": "object" } },
              "put": { "operationId": "PutHook", {|#0:"x-ms-trigger"|}: "single" } } } }
            """,
            Verify.Diagnostic(WebhookTriggerUrlRule.Rule).WithLocation(0).WithArguments("'PutHook'"));
}
