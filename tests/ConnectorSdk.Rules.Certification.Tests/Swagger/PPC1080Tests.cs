using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.NotificationRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1080Tests
{
    /// <summary>A webhook registration: its body's callback property is marked, one level down through a definition.</summary>
    private const string Webhook = """
        "/hooks": { "post": { "operationId": "CreateHook", "x-ms-trigger": "single",
          "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Hook" } } ] } }
        """;

    private const string Definitions = """
        "definitions": { "Hook": { "type": "object", "properties": { "callback": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": true } } } } } }
        """;

    [Fact]
    public async Task PollingTriggerServedByAWebhook_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", {{Definitions}}, "paths": { {{Webhook}},
              "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "batch", "x-ms-notification": { "operationId": "CreateHook" } } } } }
            """);
    }

    [Fact]
    public async Task OnAnAction_Error()
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", {{Definitions}}, "paths": { {{Webhook}}, "/items": { "get": { "operationId": "GetItems", {|#0:"x-ms-notification"|}: { "operationId": "CreateHook" } } } } }""",
            Verify.Diagnostic(NotificationRule.NotTrigger).WithLocation(0).WithArguments("'GetItems'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task OnTheWebhookItself_Error()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/hooks": { "post": { "operationId": "CreateHook", "x-ms-trigger": "single", {|#0:"x-ms-notification"|}: { },
              "parameters": [ { "name": "url", "in": "query", "type": "string", "x-ms-notification-url": true } ] } } } }
            """,
            Verify.Diagnostic(NotificationRule.OnWebhook).WithLocation(0).WithArguments("'CreateHook'"));
    }

    [Fact]
    public async Task TargetNotAWebhook_ErrorOnTheOperationId()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems" } },
              "/items/new": { "get": { "operationId": "OnNewItems", "x-ms-trigger": "batch", "x-ms-notification": { "operationId": {|#0:"ListItems"|} } } } } }
            """,
            Verify.Diagnostic(NotificationRule.TargetNotWebhook).WithLocation(0).WithArguments("'OnNewItems'", "ListItems"));
    }

    [Fact]
    public async Task MissingTarget_LeftToPPC1055()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/n": { "get": { "x-ms-trigger": "batch", "x-ms-notification": { "operationId": "Nowhere" } } } } }""");

    [Fact]
    public async Task RecursiveSchema_DoesNotLoop()
    {
        await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "definitions": { "Node": { "type": "object", "properties": { "next": { "$ref": "#/definitions/Node" } } } },
              "paths": { "/nodes": { "post": { "operationId": "AddNode", "parameters": [ { "name": "b", "in": "body", "schema": { "$ref": "#/definitions/Node" } } ] } },
              "/n": { "get": { "operationId": "OnNode", "x-ms-trigger": "batch", "x-ms-notification": { "operationId": {|#0:"AddNode"|} } } } } }
            """,
            Verify.Diagnostic(NotificationRule.TargetNotWebhook).WithLocation(0).WithArguments("'OnNode'", "AddNode"));
    }
}
