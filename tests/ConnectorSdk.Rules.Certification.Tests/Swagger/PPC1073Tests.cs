using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.FormUrlEncodedFileRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1073Tests
{
    private const string Parameters = """
        [ { "name": "title", "in": "formData", "type": "string" },
          { "name": "file", "in": "formData", "type": {|#0:"file"|} },
          { "name": "data", "in": "formData", "type": {|#1:"string"|}, "format": "binary" } ]
        """;

    [Fact]
    public async Task FileAndBinaryInAUrlEncodedForm_Error()
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/upload": { "post": { "operationId": "Upload", "consumes": [ "application/x-www-form-urlencoded" ], "parameters": {{Parameters}} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'Upload'", "file", "\"file\"").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic().WithLocation(1).WithArguments("'Upload'", "data", "\"string\" with format \"binary\""));
    }

    [Fact]
    public async Task TheDocumentsConsumes_Applies()
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "consumes": [ "application/x-www-form-urlencoded; charset=utf-8" ], "paths": { "/upload": { "post": { "parameters": {{Parameters}} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("POST /upload", "file", "\"file\""),
            Verify.Diagnostic().WithLocation(1).WithArguments("POST /upload", "data", "\"string\" with format \"binary\""));
    }

    [Theory]
    [InlineData("""[ "multipart/form-data" ]""")]
    [InlineData("""[ "application/x-www-form-urlencoded", "multipart/form-data" ]""")]
    public async Task MultipartForm_NoDiagnostic(string consumes)
    {
        var parameters = Parameters.Replace("{|#0:", "", StringComparison.Ordinal).Replace("{|#1:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal);
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/upload": { "post": { "consumes": {{consumes}}, "parameters": {{parameters}} } } } }""");
    }

    [Fact]
    public async Task TextFieldsInAUrlEncodedForm_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "post": { "consumes": [ "application/x-www-form-urlencoded" ], "parameters": [ { "name": "t", "in": "formData", "type": "string" } ] } } } }""");
}
