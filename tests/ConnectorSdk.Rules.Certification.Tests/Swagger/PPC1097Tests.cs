using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.FileTypeRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1097Tests : ParameterPlacementTests<FileTypeRule>
{
    protected override string DefectiveParameter => """{ "name": "id", "in": "path", "required": true, "type": {|#0:"file"|} }""";

    protected override DiagnosticDescriptor Expected => FileTypeRule.Parameter;

    [Fact]
    public async Task FormDataFileResponseFileAndDefinitions_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "definitions": { "Download": { "type": "file" } },
              "responses": { "File": { "description": "The file.", "schema": { "type": "file" } } },
              "paths": { "/files": {
                "post": { "consumes": [ "multipart/form-data" ], "parameters": [ { "name": "file", "in": "formData", "type": "file" } ] },
                "get": { "responses": { "200": { "description": "The file.", "schema": { "type": "file" } } } } } } }
            """);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("body")]
    [InlineData("header")]
    public async Task FileParameterElsewhere_ReportedAtTheType(string location)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/files": { "post": { "parameters": [ { "name": "content", "in": "{{location}}", "type": {|#0:"file"|} } ] } } } }
            """,
            Verify.Diagnostic(FileTypeRule.Parameter).WithLocation(0).WithArguments($"'content' (in {location})").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task FileSchemaBelowTheRoot_ReportedWithItsPointer()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "definitions": { "Upload": { "type": "object", "properties": { "content": { "type": {|#0:"file"|} } } } },
              "paths": { "/files": {
                "post": { "parameters": [ { "name": "body", "in": "body", "schema": { "type": {|#1:"file"|} } } ] },
                "get": { "responses": { "200": { "description": "Files.", "schema": { "type": "array", "items": { "type": {|#2:"file"|} } } } } } } } }
            """,
            Verify.Diagnostic(FileTypeRule.Schema).WithLocation(0).WithArguments("/definitions/Upload/properties/content")
                .WithMessage("Schema '/definitions/Upload/properties/content' has type \"file\", which only a response's own schema may have: use a string with format \"binary\""),
            Verify.Diagnostic(FileTypeRule.Schema).WithLocation(1).WithArguments("/paths/~1files/post/parameters/0/schema"),
            Verify.Diagnostic(FileTypeRule.Schema).WithLocation(2).WithArguments("/paths/~1files/get/responses/200/schema/items"));
    }

    [Fact]
    public async Task APropertyNamedLikeTheResponseFields_IsNotAResponseSchema()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "definitions": { "Envelope": { "type": "object", "properties": { "responses": { "type": "object", "properties": {
              "ok": { "type": "object", "properties": { "schema": { "type": {|#0:"file"|} } } } } } } } } }
            """,
            Verify.Diagnostic(FileTypeRule.Schema).WithLocation(0));
    }

    [Theory]
    [InlineData("[\"file\"]")]
    [InlineData("\"File\"")]
    public async Task OtherTypeValues_NotThisRule(string type)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/f": { "get": { "parameters": [ { "name": "f", "in": "query", "type": {{type}} } ] } } } }""");

    [Fact]
    public async Task Message_SaysWhatToDo()
    {
        await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "parameters": { "F": { "name": "f", "in": "query", "type": {|#0:"file"|} } }, "paths": { } }""",
            Verify.Diagnostic(FileTypeRule.Parameter).WithLocation(0)
                .WithMessage("Parameter 'f' (in query) has type \"file\", which only form data parameters may have: make it \"in\": \"formData\", or send a body whose schema is a string with format \"binary\""));
    }
}
