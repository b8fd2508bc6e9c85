using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ErrorResponsesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1141Tests
{
    [Theory]
    [InlineData("""{ "200": { "description": "OK" }, "404": { "description": "Not found" } }""")]
    [InlineData("""{ "201": { "description": "Created" }, "500": { "$ref": "#/responses/Failure" } }""")]
    [InlineData("""{ "429": { "description": "Too many requests" } }""")]
    public async Task ErrorResponseListed_NoDiagnostic(string responses)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/a": { "get": { "responses": {{responses}} } } }, "responses": { "Failure": { "description": "Failure" } } }
            """);
    }

    [Fact]
    public async Task NoErrorResponse_ReportedAtResponses()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": {
              "get": { "operationId": "ListItems", {|#0:"responses"|}: { "200": { "description": "OK" }, "default": { "description": "Failure" }, "x-ms-note": "404 is listed elsewhere" } },
              "delete": { {|#1:"responses"|}: { "204": { "$ref": "#/responses/Deleted" }, "304": { "description": "Not modified" } } } } },
              "responses": { "Deleted": { "description": "Deleted" }, "Failure": { "description": "Failure" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'").WithSeverity(DiagnosticSeverity.Info)
                .WithMessage("Operation 'ListItems' lists no 4xx or 5xx response; declare the errors the API is known to return (e.g. \"400\", \"404\", \"429\"), each with a description that says what went wrong"),
            Verify.Diagnostic().WithLocation(1).WithArguments("DELETE /items"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    public async Task EmptyOrWrongType_LeftToOtherRules(string responses)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": {{responses}} } } } }""");

    [Fact]
    public async Task RecommendedMode_Off()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Mode = AnalysisMode.Recommended,
            Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "200": { "description": "OK" } } } } } }""",
        });
    }
}
