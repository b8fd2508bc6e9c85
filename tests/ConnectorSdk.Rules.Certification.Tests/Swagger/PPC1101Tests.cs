using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.CollectionFormatRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1101Tests : ParameterPlacementTests<CollectionFormatRule>
{
    protected override string DefectiveParameter => """{ "name": "ids", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": {|#0:"comma"|} }""";

    protected override DiagnosticDescriptor Expected => CollectionFormatRule.Parameter;

    private const string Supported = "csv, ssv, tsv, pipes, multi";

    [Theory]
    [InlineData("csv")]
    [InlineData("ssv")]
    [InlineData("tsv")]
    [InlineData("pipes")]
    [InlineData("multi")]
    public async Task DefinedFormats_NoDiagnostic(string format)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/a": { "get": {
              "parameters": [ { "name": "ids", "in": "query", "type": "array", "items": { "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" }, "collectionFormat": "{{format}}" } ],
              "responses": { "200": { "description": "OK", "headers": { "X-Ids": { "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" } } } } } } } }
            """);
    }

    [Fact]
    public async Task UnknownFormats_WarnedAtTheValue_NamingTheElement()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": {
              "parameters": [ { "name": "ids", "in": "query", "type": "array", "items": { "type": "array", "collectionFormat": {|#1:"json"|} }, "collectionFormat": {|#0:"comma"|} } ],
              "responses": { "200": { "description": "OK", "headers": { "X-Ids": { "type": "array", "collectionFormat": {|#2:1|} } } } } } } } }
            """,
            Verify.Diagnostic(CollectionFormatRule.Parameter).WithLocation(0).WithArguments("'ids' (in query)", "\"comma\"", Supported).WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage($"Parameter 'ids' (in query) has collectionFormat \"comma\"; supported formats are {Supported}"),
            Verify.Diagnostic(CollectionFormatRule.Items).WithLocation(1).WithArguments("/paths/~1a/get/parameters/0/items", "\"json\"", Supported),
            Verify.Diagnostic(CollectionFormatRule.Header).WithLocation(2).WithArguments("/paths/~1a/get/responses/200/headers/X-Ids", "1", Supported));
    }

    [Theory]
    [InlineData("header")]
    [InlineData("path")]
    public async Task MultiOutsideQueryAndFormData_Warned(string location)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/a/{ids}": { "get": { "parameters": [ { "name": "ids", "in": "{{location}}", "type": "array", "collectionFormat": {|#0:"multi"|} } ] } } } }
            """,
            Verify.Diagnostic(CollectionFormatRule.MultiMisplaced).WithLocation(0).WithArguments($"'ids' (in {location})")
                .WithMessage($"Parameter 'ids' (in {location}) has collectionFormat \"multi\", which only query and form data parameters may use (a value repeated as several parameters): use \"csv\""));
    }

    [Fact]
    public async Task ConfiguredFormats_ReplaceTheDefault()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                EditorConfig = $"root = true\n[*.json]\n{CollectionFormatRule.FormatsKey} = csv, multi\n",
                Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "parameters": [ { "name": "a", "in": "query", "collectionFormat": "multi" }, { "name": "b", "in": "query", "collectionFormat": {|#0:"pipes"|} } ] } } } }""",
            },
            Verify.Diagnostic(CollectionFormatRule.Parameter).WithLocation(0).WithArguments("'b' (in query)", "\"pipes\"", "csv, multi"));
    }

    [Fact]
    public async Task OnInDefaultMode_ForCustomConnectorsToo()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a": { "get": { "parameters": [ { "name": "a", "in": "query", "collectionFormat": {|#0:"comma"|} } ] } } } }""" },
            Verify.Diagnostic(CollectionFormatRule.Parameter).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
    }
}
