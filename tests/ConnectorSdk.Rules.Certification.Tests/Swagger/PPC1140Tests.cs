using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ResponsePropertyTextRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1140Tests
{
    /// <summary>A response whose schema has the property <c>status</c> with the members <paramref name="members"/>.</summary>
    private static string WithProperty(string members)
        => $$"""{ "swagger": "2.0", "info": { "title": "Contoso Tasks" }, "paths": { "/items": { "get": { "operationId": "GetItem", "responses": { "200": { "description": "OK", "schema": { "type": "object", "properties": { "status": { "type": "string", {{members}} } } } } } } } } }""";

    [Theory]
    [InlineData("\"x-ms-summary\": \"Status\", \"description\": \"The item's status.\"")]
    [InlineData("\"x-ms-summary\": \"Number of Items (Total)\", \"description\": \"How many items the list holds, in Contoso Tasks.\"")]
    [InlineData("\"description\": \"Status\"")]
    [InlineData("\"description\": \"The status (see the docs.)\"")]
    [InlineData("\"x-ms-summary\": \"\", \"description\": \" \"")]
    public async Task ShortTitleCaseLabel_SentenceDescription_NoDiagnostic(string members)
        => await Verify.VerifySwaggerAsync(WithProperty(members));

    [Fact]
    public async Task LabelNotInTitleCase_Warned()
    {
        await Verify.VerifySwaggerAsync(
            WithProperty("\"x-ms-summary\": {|#0:\"Item status\"|}"),
            Verify.Diagnostic(ResponsePropertyTextRule.SummaryNotTitleCase).WithLocation(0).WithArguments("property 'status'", "Item status", "status").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Response property 'status' has x-ms-summary \"Item status\", which is not in title case ('status'); capitalize each word, e.g. \"Created Time\""));
    }

    [Fact]
    public async Task LabelLongerThan80_Warned()
    {
        var summary = string.Join(" ", Enumerable.Repeat("Word", 17));
        await Verify.VerifySwaggerAsync(
            WithProperty($"\"x-ms-summary\": {{|#0:\"{summary}\"|}}"),
            Verify.Diagnostic(ResponsePropertyTextRule.SummaryTooLong).WithLocation(0).WithArguments("property 'status'", 84)
                .WithMessage("Response property 'status' has an x-ms-summary of 84 characters; keep the label to at most 80"));
    }

    [Fact]
    public async Task DescriptionInTitleCase_Warned()
    {
        await Verify.VerifySwaggerAsync(
            WithProperty("\"description\": {|#0:\"The Item Status.\"|}"),
            Verify.Diagnostic(ResponsePropertyTextRule.DescriptionNotSentenceCase).WithLocation(0).WithArguments("property 'status'", "'Item' and 'Status'")
                .WithMessage("The description of response property 'status' capitalizes 'Item' and 'Status'; write descriptions in sentence case (list proper nouns in connectorsdk.proper_nouns)"));
    }

    [Theory]
    [InlineData("The item's status", "The item's status")]
    [InlineData("The status of the item, as the service reports it after each update", "…e reports it after each update")]
    [InlineData("Item status:", "Item status:")]
    public async Task DescriptionWithoutPeriod_Warned(string description, string end)
    {
        await Verify.VerifySwaggerAsync(
            WithProperty($"\"description\": {{|#0:\"{description}\"|}}"),
            Verify.Diagnostic(ResponsePropertyTextRule.DescriptionWithoutPeriod).WithLocation(0).WithArguments("property 'status'", end)
                .WithMessage($"The description of response property 'status' ends \"{end}\" without a period; end a description of more than one word with a period"));
    }

    [Fact]
    public async Task DefinitionsReachedFromResponses_ThroughReferenceChains_Checked_OthersNot()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": {
                  "get": { "responses": { "200": { "description": "OK", "schema": { "type": "array", "items": { "$ref": "#/definitions/ItemAlias" } } } } },
                  "post": {
                    "parameters": [ { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/NewItem" } } ],
                    "responses": { "201": { "$ref": "#/responses/Created" } }
                  }
                },
                "/hooks": {
                  "x-ms-notification-content": { "schema": { "type": "object", "properties": { "event": { "type": "string", "description": [|"The event name"|] } } } },
                  "post": { "responses": { "200": { "description": "OK" } } }
                }
              },
              "responses": { "Created": { "description": "Created", "schema": { "$ref": "#/definitions/Receipt" } } },
              "definitions": {
                "ItemAlias": { "$ref": "#/definitions/Item" },
                "Item": { "type": "object", "properties": {
                  "owner": { "type": "object", "properties": { "name": { "type": "string", "x-ms-summary": [|"Owner name"|] } } },
                  "tags": { "type": "array", "items": { "$ref": "#/definitions/Tag" } } } },
                "Tag": { "type": "object", "properties": { "label": { "type": "string", "description": [|"The tag label"|] } } },
                "Receipt": { "type": "object", "properties": { "id": { "type": "string", "description": [|"The receipt id"|] } } },
                "NewItem": { "type": "object", "properties": { "name": { "type": "string", "x-ms-summary": "Item name", "description": "The item name" } } },
                "Unused": { "type": "object", "properties": { "name": { "type": "string", "description": "The name" } } }
              }
            }
            """);
    }

    [Fact]
    public async Task InternalProperty_NotReported()
        => await Verify.VerifySwaggerAsync(WithProperty("\"x-ms-visibility\": \"internal\", \"x-ms-summary\": \"raw status\", \"description\": \"Raw Status Code\""));

    [Theory]
    [InlineData("42")]
    [InlineData("{}")]
    public async Task TextsOfTheWrongType_LeftToPPC1002(string value)
        => await Verify.VerifySwaggerAsync(WithProperty($"\"x-ms-summary\": {value}, \"description\": {value}"));

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = WithProperty("\"description\": \"The Item Status\"") });
}
