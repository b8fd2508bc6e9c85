using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DescriptionSentenceCaseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1093Tests
{
    private static string WithParameterDescription(string description)
        => $$"""{ "swagger": "2.0", "info": { "title": "Contoso Tasks" }, "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [ { "name": "top", "in": "query", "type": "integer", "description": {|#0:"{{description}}"|} } ] } } } }""";

    private static string WithResponseDescription(string statusCode, string description)
        => $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": { "{{statusCode}}": { "description": {|#0:"{{description}}"|} } } } } } }""";

    private static string Plain(string markup) => markup.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal);

    [Theory]
    [InlineData("The number of items to return.")]
    [InlineData("The item's ID, as the URL shows it.")]
    [InlineData("Items of a SharePoint list in Contoso Tasks.")]
    [InlineData("How many items to return. Leave it empty for all of them.")]
    [InlineData("Top")]
    [InlineData("Items in Planner")]
    public async Task SentenceCase_OrProperNouns_NoDiagnostic(string description)
        => await Verify.VerifySwaggerAsync(Plain(WithParameterDescription(description)));

    [Theory]
    [InlineData("Number Of Items", "'Of' and 'Items'")]
    [InlineData("Record Id", "'Id'")]
    [InlineData("The first line. The Second Line Here.", "'Second', 'Line' and 'Here'")]
    public async Task ParameterDescriptionInTitleCase_WarningNamingTheWords(string description, string words)
    {
        await Verify.VerifySwaggerAsync(
            WithParameterDescription(description),
            Verify.Diagnostic().WithLocation(0).WithArguments("parameter 'top' (in query)", words).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage($"The description of parameter 'top' (in query) capitalizes {words}; write descriptions in sentence case (list proper nouns in connectorsdk.proper_nouns)"));
    }

    [Theory]
    [InlineData("404", "Not Found")]
    [InlineData("500", "Internal Server Error. The service failed.")]
    [InlineData("200", "OK, Success")]
    [InlineData("default", "Error")]
    public async Task ResponseDescription_ReasonPhraseOfItsStatus_NoDiagnostic(string statusCode, string description)
        => await Verify.VerifySwaggerAsync(Plain(WithResponseDescription(statusCode, description)));

    [Theory]
    [InlineData("200", "List Of Items", "'Of' and 'Items'")]
    [InlineData("404", "Not Found. Item Does Not Exist.", "'Does', 'Not' and 'Exist'")]
    [InlineData("200", "Not Found", "'Found'")]
    public async Task ResponseDescriptionInTitleCase_Warning(string statusCode, string description, string words)
    {
        await Verify.VerifySwaggerAsync(
            WithResponseDescription(statusCode, description),
            Verify.Diagnostic().WithLocation(0).WithArguments($"response '{statusCode}' of 'ListItems'", words));
    }

    [Fact]
    public async Task SharedParameterAndResponse_ReportedOnceWhereDefined()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "parameters": {
                "Top": { "$ref": "#/parameters/TopDefinition" },
                "TopDefinition": { "name": "top", "in": "query", "type": "integer", "description": [|"Number Of Items"|] }
              },
              "responses": { "Failure": { "description": [|"Request Failed"|] } },
              "paths": {
                "/items": {
                  "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string", "description": [|"Item Id"|] } ],
                  "get": { "parameters": [ { "$ref": "#/parameters/Top" } ], "responses": { "default": { "$ref": "#/responses/Failure" } } },
                  "delete": { "parameters": [ { "$ref": "#/parameters/TopDefinition" } ], "responses": { "default": { "$ref": "#/responses/Failure" } } }
                }
              }
            }
            """);
    }

    [Fact]
    public async Task EnumeratedValuesInCapitals_Warned_AHeuristic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "s", "in": "query", "type": "string", "description": [|"Values are Open or Closed."|] } ] } } } }""");

    [Fact]
    public async Task InternalParameter_NotReported()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "v", "in": "query", "type": "string", "default": "1", "x-ms-visibility": "internal", "description": "Api Version" } ] } } } }""");

    [Fact]
    public async Task ConfiguredProperNouns_NotCounted()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = Plain(WithParameterDescription("Orders from Fabrikam Orders")),
            EditorConfig = "root = true\n[*.json]\nconnectorsdk.proper_nouns = Fabrikam, Orders\n",
        });
    }

    [Theory]
    [InlineData("42")]
    [InlineData("[\"Number Of Items\"]")]
    public async Task DescriptionOfTheWrongType_LeftToPPC1002(string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "p", "in": "query", "description": {{description}} } ], "responses": { "200": { "description": {{description}} } } } } } }""");

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = Plain(WithParameterDescription("Number Of Items")) });
}
