using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.NotificationUrlRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1152Tests
{
    /// <summary>A webhook registration whose body is <paramref name="schema"/>, with its notification content.</summary>
    private static string Registration(string schema, string definitions = "{}") => $$"""
        { "swagger": "2.0", "definitions": {{definitions}}, "paths": { "/hooks": {
          "x-ms-notification-content": { "schema": { "type": "object" } },
          "post": { "operationId": "CreateHook", "x-ms-trigger": "single",
            "parameters": [ { "name": "body", "in": "body", "required": true, "schema": {{schema}} } ],
            "responses": { "201": { "description": "Created" } } } } } }
        """;

    [Fact]
    public async Task RequiredInternalStringInTheBody_NoDiagnostic()
        => await Verify.VerifySwaggerAsync(Registration("""
            { "type": "object", "required": [ "callback" ], "properties": { "callback": { "type": "object", "x-ms-visibility": "internal", "required": [ "url" ],
              "properties": { "url": { "type": "string", "x-ms-notification-url": true } } } } }
            """));

    [Fact]
    public async Task ThroughADefinition_RequiredInAnAllOfPart_NoDiagnostic()
        => await Verify.VerifySwaggerAsync(Registration(
            """{ "$ref": "#/definitions/Hook" }""",
            """{ "Hook": { "allOf": [ { "required": [ "url" ] } ], "type": "object", "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } } }"""));

    [Fact]
    public async Task BodyParameterNotRequired_NoDiagnostic()
    {
        // Certified connectors written by the wizard have "required": false on the body itself and were accepted.
        await Verify.VerifySwaggerAsync(Registration("""{ "type": "object", "required": [ "url" ], "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } }""")
            .Replace("\"required\": true", "\"required\": false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkedFalse_OrInAnUnusedDefinition_NoDiagnostic()
        => await Verify.VerifySwaggerAsync(Registration(
            """{ "type": "object", "required": [ "url" ], "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true }, "note": { "type": "string", "x-ms-notification-url": false } } }""",
            """{ "OldHook": { "type": "object", "properties": { "url": { "type": "string", "x-ms-notification-url": true } } } }"""));

    [Fact]
    public async Task NotABoolean_Error()
        => await Verify.VerifySwaggerAsync(
            Registration("""{ "type": "object", "required": [ "url" ], "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": {|#0:"true"|} } } }"""),
            Verify.Diagnostic(NotificationUrlRule.NotBoolean).WithLocation(0).WithArguments("'/paths/~1hooks/post/parameters/0/schema/properties/url'", "\"true\""));

    [Fact]
    public async Task OnAQueryParameter_Error()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/hooks": { "post": { "operationId": "CreateHook", "parameters": [ { "name": "callback", "in": "query", "type": "string", {|#0:"x-ms-notification-url"|}: true } ] } } } }""",
            Verify.Diagnostic(NotificationUrlRule.Position).WithLocation(0).WithArguments("'callback' (in query)")
                .WithMessage($"'callback' (in query) is marked x-ms-notification-url, but only a property of an operation's request body can carry the callback URL; move the mark into the body parameter's schema"));

    [Fact]
    public async Task InAResponseOrTheNotificationContent_Error()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "definitions": { "Hook": { "type": "object", "properties": { "url": { "type": "string", {|#0:"x-ms-notification-url"|}: true } } } },
              "paths": { "/hooks": {
                "x-ms-notification-content": { "schema": { "type": "object", "properties": { "link": { "type": "string", {|#1:"x-ms-notification-url"|}: true } } } },
                "get": { "operationId": "GetHook", "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Hook" } } } } } } }
            """,
            Verify.Diagnostic(NotificationUrlRule.Position).WithLocation(0).WithArguments("'/definitions/Hook/properties/url'"),
            Verify.Diagnostic(NotificationUrlRule.Position).WithLocation(1).WithArguments("'/paths/~1hooks/x-ms-notification-content/schema/properties/link'"));

    [Fact]
    public async Task DefinitionOfBothARequestAndAResponse_IsInTheRequest_NoPositionError()
        => await Verify.VerifySwaggerAsync(Registration(
            """{ "$ref": "#/definitions/Hook" }""",
            """{ "Hook": { "type": "object", "required": [ "url" ], "properties": { "url": { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } } }""")
            .Replace("\"description\": \"Created\"", "\"description\": \"Created\", \"schema\": { \"$ref\": \"#/definitions/Hook\" }", StringComparison.Ordinal));

    [Fact]
    public async Task NotAString_ErrorAtTheType()
        => await Verify.VerifySwaggerAsync(
            Registration("""{ "type": "object", "required": [ "url" ], "properties": { "url": { "type": {|#0:"object"|}, "x-ms-visibility": "internal", "x-ms-notification-url": true } } }"""),
            Verify.Diagnostic(NotificationUrlRule.NotString).WithLocation(0).WithArguments("url", "'CreateHook'", "\"object\""));

    [Fact]
    public async Task NoType_ErrorAtTheProperty()
        => await Verify.VerifySwaggerAsync(
            Registration("""{ "type": "object", "required": [ "url" ], "properties": { {|#0:"url"|}: { "x-ms-visibility": "internal", "x-ms-notification-url": true } } }"""),
            Verify.Diagnostic(NotificationUrlRule.NotString).WithLocation(0).WithArguments("url", "'CreateHook'", "none"));

    [Fact]
    public async Task Visible_Error()
        => await Verify.VerifySwaggerAsync(
            Registration("""{ "type": "object", "required": [ "url" ], "properties": { {|#0:"url"|}: { "type": "string", "x-ms-visibility": "advanced", "x-ms-notification-url": true } } }"""),
            Verify.Diagnostic(NotificationUrlRule.NotInternal).WithLocation(0).WithArguments("url", "'CreateHook'")
                .WithMessage("Property 'url' of the body of operation 'CreateHook' carries the callback URL (x-ms-notification-url) but users would see it; mark it, or an object above it, \"x-ms-visibility\": \"internal\""));

    [Fact]
    public async Task OptionalOnTheWayDown_ErrorNamesTheFirstOptionalProperty()
        => await Verify.VerifySwaggerAsync(
            Registration("""
                { "type": "object", "properties": { "callback": { "type": "object", "x-ms-visibility": "internal", "required": [ "url" ],
                  "properties": { {|#0:"url"|}: { "type": "string", "x-ms-notification-url": true } } } } }
                """),
            Verify.Diagnostic(NotificationUrlRule.NotRequired).WithLocation(0).WithArguments("url", "'CreateHook'", "callback"));

    [Fact]
    public async Task SharedDefinition_ReportedOnceWhereDefined()
        => await Verify.VerifySwaggerAsync(
            """
            { "swagger": "2.0", "definitions": { "Hook": { "type": "object", "properties": { {|#0:"url"|}: { "type": "string", "x-ms-visibility": "internal", "x-ms-notification-url": true } } } },
              "paths": {
                "/a": { "post": { "operationId": "HookA", "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Hook" } } ] } },
                "/b": { "post": { "operationId": "HookB", "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Hook" } } ] } } } }
            """,
            Verify.Diagnostic(NotificationUrlRule.NotRequired).WithLocation(0).WithArguments("url", "'HookA'", "url"));

    [Fact]
    public async Task RecursiveBody_DoesNotLoop()
        => await Verify.VerifySwaggerAsync(Registration(
            """{ "$ref": "#/definitions/Node" }""",
            """{ "Node": { "type": "object", "properties": { "next": { "$ref": "#/definitions/Node" } } } }"""));
}
