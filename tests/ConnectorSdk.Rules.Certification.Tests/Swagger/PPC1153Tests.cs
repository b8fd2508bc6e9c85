using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.NotificationContentRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1153Tests
{
    private const string Body = """
        "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "required": [ "url" ],
          "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } } } ]
        """;

    [Fact]
    public async Task ContentOnThePathItem_NoDiagnostic()
        => await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/hooks": { "x-ms-notification-content": { "description": "Event", "schema": { "type": "object" } },
              "post": { "operationId": "CreateHook", "x-ms-trigger": "single", {{Body}} } } } }
            """);

    [Fact]
    public async Task ContentOnTheOperation_NoDiagnostic()
        => await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/hooks": { "post": { "operationId": "CreateHook", "x-ms-trigger": "single",
              "x-ms-notification-content": { "schema": { "$ref": "#/definitions/Event" } }, {{Body}} } } },
              "definitions": { "Event": { "type": "object" } } }
            """);

    [Fact]
    public async Task NotAWebhook_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "operationId": "CreateItem",
              "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": false } } } } ] } } } }
            """);

    [Fact]
    public async Task Missing_ErrorAtTheMethod()
        => await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/hooks": { {|#0:"post"|}: { "operationId": "CreateHook", "x-ms-trigger": "single", {{Body}} } } } }""",
            Verify.Diagnostic(NotificationContentRule.Missing).WithLocation(0).WithArguments("'CreateHook'")
                .WithMessage("Webhook operation 'CreateHook' registers a callback URL but neither it nor its path item has x-ms-notification-content; describe what the service posts to the callback with a schema"));

    [Fact]
    public async Task MarkOnAParameter_IsAWebhookToo()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/hooks": { {|#0:"post"|}: { "parameters": [ { "name": "callback", "in": "query", "type": "string", "x-ms-notification-url": true } ] } } } }""",
            Verify.Diagnostic(NotificationContentRule.Missing).WithLocation(0).WithArguments("POST /hooks"));

    [Fact]
    public async Task WithoutSchema_ErrorAtTheExtension()
        => await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/hooks": { {|#0:"x-ms-notification-content"|}: { "description": "Event" }, "post": { "operationId": "CreateHook", {{Body}} } } } }""",
            Verify.Diagnostic(NotificationContentRule.NoSchema).WithLocation(0).WithArguments("'CreateHook'"));

    [Fact]
    public async Task ContentOfAnotherType_LeftAlone()
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/hooks": { "x-ms-notification-content": "Event", "post": { "operationId": "CreateHook", {{Body}} } } } }""");
}
