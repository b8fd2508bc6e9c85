using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.NotificationParameterRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1117Tests
{
    [Fact]
    public async Task SameTypeAndVisibility_OrNoCounterpart_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/items/poll": { "get": { "operationId": "OnNewItem", "x-ms-trigger": "batch", "x-ms-notification": { "operationId": "SubscribeItems" },
                "parameters": [ { "name": "folder", "in": "query", "type": "string", "x-ms-visibility": "important" }, { "name": "since", "in": "query", "type": "string" } ] } },
              "/hooks": { "post": { "operationId": "SubscribeItems",
                "parameters": [ { "name": "folder", "in": "query", "type": "string", "x-ms-visibility": "Important" } ] } } } }
            """);
    }

    [Fact]
    public async Task DifferentTypeOrVisibility_ReportedAtTheFetchParameter()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "parameters": { "Folder": { "name": "folder", "in": "query", "type": "integer" } },
              "paths": {
                "/items/poll": {
                  "parameters": [ { "$ref": {|#0:"#/parameters/Folder"|} } ],
                  "get": { "operationId": "OnNewItem", "x-ms-notification": { "operationId": "SubscribeItems" },
                    "parameters": [ { "name": {|#1:"kind"|}, "in": "query", "type": "string", "x-ms-visibility": "advanced" } ] } },
                "/hooks": { "post": { "operationId": "SubscribeItems", "parameters": [
                  { "name": "folder", "in": "query", "type": "string" }, { "name": "kind", "in": "header", "type": "string" } ] } } } }
            """,
            Verify.Diagnostic(NotificationParameterRule.Type).WithLocation(0).WithArguments("'folder' (in query)", "'OnNewItem'", "'SubscribeItems'", "\"integer\"", "\"string\"").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Parameter 'folder' (in query) of 'OnNewItem' has type \"integer\", but the same-named parameter of 'SubscribeItems', which it subscribes through, has type \"string\"; give both the same type"),
            Verify.Diagnostic(NotificationParameterRule.Visibility).WithLocation(1).WithArguments("'kind' (in query)", "'OnNewItem'", "'SubscribeItems'", "\"advanced\"", "none")
                .WithMessage("Parameter 'kind' (in query) of 'OnNewItem' has x-ms-visibility \"advanced\", but the same-named parameter of 'SubscribeItems', which it subscribes through, has none; give both the same visibility"));
    }

    [Theory]
    [InlineData("{ \"operationId\": \"Missing\" }")]
    [InlineData("{ \"operationId\": 1 }")]
    [InlineData("\"SubscribeItems\"")]
    public async Task UnknownOrMalformedNotification_NotThisRule(string notification)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": {
              "/poll": { "get": { "operationId": "OnNewItem", "x-ms-notification": {{notification}}, "parameters": [ { "name": "folder", "in": "query", "type": "integer" } ] } },
              "/hooks": { "post": { "operationId": "SubscribeItems", "parameters": [ { "name": "folder", "in": "query", "type": "string" } ] } } } }
            """);
    }
}
