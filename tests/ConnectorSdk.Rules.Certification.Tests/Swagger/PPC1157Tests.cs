using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.WebhookLocationRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1157Tests
{
    private static string Webhook(string trigger, string responses) => $$"""
        { "swagger": "2.0", "paths": { "/hooks": { "x-ms-notification-content": { "schema": { "type": "object" } },
          "post": { "operationId": "CreateHook", {{trigger}} "responses": {{responses}},
            "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "required": [ "url" ],
              "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } } } ] } } } }
        """;

    [Fact]
    public async Task LocationOnThe201_AnyCase_NoDiagnostic()
        => await Verify.VerifySwaggerAsync(Webhook("\"x-ms-trigger\": \"single\",", """{ "201": { "description": "Created", "headers": { "location": { "type": "string" } } }, "400": { "description": "Bad" } }"""));

    [Fact]
    public async Task NoSuccessResponseListed_OrNotATrigger_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync(Webhook("\"x-ms-trigger\": \"single\",", """{ "default": { "description": "Done" } }"""));
        await Verify.VerifySwaggerAsync(Webhook("", """{ "201": { "description": "Created" } }"""));
    }

    [Fact]
    public async Task NoLocationHeader_WarningAtTheFirstSuccessResponse()
        => await Verify.VerifySwaggerAsync(
            Webhook("\"x-ms-trigger\": \"single\",", """{ {|#0:"200"|}: { "description": "OK" }, "201": { "description": "Created", "headers": { "ETag": { "type": "string" } } } }"""),
            Verify.Diagnostic(WebhookLocationRule.Rule).WithLocation(0).WithArguments("200", "'CreateHook'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("The 200 response of webhook trigger 'CreateHook' declares no Location header; the service must return in it the URL that deletes the webhook: add \"headers\": { \"Location\": { \"type\": \"string\" } }"));
}
