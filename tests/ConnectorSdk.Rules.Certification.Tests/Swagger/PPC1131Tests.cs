using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SuccessResponseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1131Tests
{
    [Theory]
    [InlineData("""{ "200": { "description": "OK" } }""")]
    [InlineData("""{ "204": { "description": "Deleted" }, "default": { "description": "Failure" } }""")]
    [InlineData("""{ "202": { "description": "Accepted" }, "400": { "description": "Bad request" } }""")]
    public async Task SuccessfulResponse_NoDiagnostic(string responses)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": {{responses}} } } } }""");

    [Fact]
    public async Task OnlyDefault_ReportedOnResponses()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", {|#0:"responses"|}: { "default": { "description": "Result" } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'", "'default'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Operation 'ListItems' has no successful response, only 'default'; declare the 2xx response it returns on success (200, 201, 202 or 204), with its schema"));
    }

    [Fact]
    public async Task OnlyErrorsAndExtensions_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { {|#0:"responses"|}: { "400": { "description": "Bad request" }, "x-ms-note": {}, "500": { "$ref": "#/responses/Error" } } } } },
              "responses": { "Error": { "description": "Failure" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("POST /items", "'400' and '500'"));
    }

    [Fact]
    public async Task SuccessReachedThroughAChainOfReferences_Counts()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": { "201": { "$ref": "#/responses/Alias" }, "default": { "$ref": "#/responses/Failure" } } } } },
              "responses": { "Alias": { "$ref": "#/responses/Created" }, "Created": { "description": "Created" }, "Failure": { "description": "Failure" } } }
            """);
    }

    [Fact]
    public async Task SharedResponseUnderAnErrorKey_IsNoSuccess()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { {|#0:"responses"|}: { "default": { "$ref": "#/responses/Alias" } } } } },
              "responses": { "Alias": { "$ref": "#/responses/Ok" }, "Ok": { "description": "OK", "schema": { "type": "object" } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("GET /items", "'default'"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    public async Task EmptyOrWrongType_LeftToOtherRules(string responses)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": {{responses}} } } } }""");

    [Fact]
    public async Task DefaultMode_Off()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Mode = AnalysisMode.Default,
            Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { "default": { "description": "Result" } } } } } }""",
        });
    }
}
