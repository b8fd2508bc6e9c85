using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ResponseStatusCodeRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1132Tests
{
    [Fact]
    public async Task StatusCodesDefaultAndExtensions_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": {
              "100": { "description": "Continue" }, "200": { "$ref": "#/responses/Ok" }, "599": { "description": "Timeout" },
              "default": { "description": "Failure" }, "x-ms-note": "errors are listed below" } } } },
              "responses": { "Ok": { "description": "OK" }, "NotAStatus": { "description": "Shared responses have free names" } } }
            """);
    }

    [Theory]
    [InlineData("2XX")]
    [InlineData("Default")]
    [InlineData("OK")]
    [InlineData("600")]
    [InlineData("099")]
    [InlineData("2000")]
    [InlineData(" 200")]
    public async Task OtherKeys_ReportedAtTheKey(string key)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" }, {|#0:"{{key}}"|}: { "description": "Other" } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'ListItems'", key).WithSeverity(DiagnosticSeverity.Error)
                .WithMessage($"Operation 'ListItems' has a response keyed '{key}'; a response key is an HTTP status code from 100 to 599 (\"200\", \"404\") or \"default\""));
    }

    [Fact]
    public async Task KeyOfASharedResponseReference_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "delete": { "responses": { {|#0:"Error"|}: { "$ref": "#/responses/Error" } } } } },
              "responses": { "Error": { "description": "Failure" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("DELETE /items", "Error"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    public async Task ResponsesOfTheWrongTypeOrEmpty_LeftToOtherRules(string responses)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "responses": {{responses}} } } } }""");

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "responses": { {|#0:"success"|}: { "description": "OK" } } } } } }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
