using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>
/// The tests PPC1090 (x-ms-summary) and PPC1091 (description) share, run for each: which parameters must have the
/// text <see cref="Member"/>, where the finding goes, what is left out.
/// </summary>
public abstract class ParameterTextRequiredTests<TRule>
    where TRule : ConnectorAnalyzer, new()
{
    protected abstract string Member { get; }

    protected abstract DiagnosticDescriptor Missing { get; }

    protected abstract DiagnosticDescriptor Blank { get; }

    [Fact]
    public async Task EveryParameterHasTheText_NoDiagnostic()
    {
        await VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items/{id}": { "get": { "operationId": "GetItem", "parameters": [
              { "name": "id", "in": "path", "required": true, "type": "string", "{{Member}}": "Item ID" },
              { "name": "expand", "in": "query", "type": "boolean", "{{Member}}": "Expand" } ] } } } }
            """);
    }

    [Fact]
    public async Task MissingText_ReportedAtTheParameterName()
    {
        await VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListItems", "parameters": [
              { "name": "top", "in": "query", "type": "integer", "{{Member}}": "Top" },
              { "name": {|#0:"filter"|}, "in": "query", "type": "string" } ] } } } }
            """,
            Diagnostic(Missing).WithLocation(0).WithArguments("'filter' (in query)").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    public async Task BlankText_ReportedAtTheValue(string text)
    {
        await VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ { "name": "top", "in": "query", "type": "integer", "{{Member}}": {|#0:{{text}}|} } ] } } } }
            """,
            Diagnostic(Blank).WithLocation(0).WithArguments("'top' (in query)"));
    }

    [Fact]
    public async Task SharedParameterThroughAReferenceChain_ReportedOnceWhereDefined()
    {
        await VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "parameters": {
                "Top": { "$ref": "#/parameters/TopDefinition" },
                "TopDefinition": { "name": {|#0:"top"|}, "in": "query", "type": "integer" }
              },
              "paths": {
                "/items": { "get": { "parameters": [ { "$ref": "#/parameters/Top" } ] } },
                "/orders": { "get": { "parameters": [ { "$ref": "#/parameters/TopDefinition" } ] } }
              }
            }
            """,
            Diagnostic(Missing).WithLocation(0).WithArguments("'top' (in query)"));
    }

    [Fact]
    public async Task PathLevelParameter_ReportedOnceForAllItsOperations()
    {
        await VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": {
              "parameters": [ { "name": {|#0:"id"|}, "in": "path", "required": true, "type": "string" } ],
              "get": { "operationId": "GetItem" }, "delete": { "operationId": "DeleteItem" } } } }
            """,
            Diagnostic(Missing).WithLocation(0).WithArguments("'id' (in path)"));
    }

    [Fact]
    public async Task BodyInternalAndInternalOperations_NotReported()
    {
        await VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {
              "/items": { "post": { "operationId": "CreateItem", "parameters": [
                { "name": "body", "in": "body", "schema": { "type": "object" } },
                { "name": "api-version", "in": "query", "type": "string", "default": "1", "x-ms-visibility": "Internal" } ] } },
              "/lookups": { "get": { "operationId": "ListLookups", "x-ms-visibility": "internal", "parameters": [ { "name": "kind", "in": "query", "type": "string" } ] } } } }
            """);
    }

    [Fact]
    public async Task AdvancedParameter_Reported()
    {
        await VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ { "name": {|#0:"top"|}, "in": "query", "type": "integer", "x-ms-visibility": "advanced" } ] } } } }
            """,
            Diagnostic(Missing).WithLocation(0));
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    public async Task TextOfTheWrongType_LeftToPPC1002(string text)
        => await VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ { "name": "top", "in": "query", "{{Member}}": {{text}} } ] } } } }""");

    [Theory]
    [InlineData("{ \"$ref\": \"#/parameters/Missing\" }")]
    [InlineData("\"top\"")]
    [InlineData("[]")]
    public async Task UnresolvedOrMalformedEntries_NotReported(string entry)
        => await VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ {{entry}} ] } } } }""");

    [Fact]
    public async Task CustomConnector_Warning()
    {
        await ConnectorVerifier<TRule>.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ { "name": {|#0:"top"|}, "in": "query" } ] } } } }""" },
            Diagnostic(Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task IndependentPublisher_ErrorInDefaultMode()
    {
        await ConnectorVerifier<TRule>.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.IndependentPublisher, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ { "name": {|#0:"top"|}, "in": "query" } ] } } } }""" },
            Diagnostic(Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    private static Task VerifySwaggerAsync(string swagger, params DiagnosticResult[] expected) => ConnectorVerifier<TRule>.VerifySwaggerAsync(swagger, expected);

    private static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => ConnectorVerifier<TRule>.Diagnostic(descriptor);
}
