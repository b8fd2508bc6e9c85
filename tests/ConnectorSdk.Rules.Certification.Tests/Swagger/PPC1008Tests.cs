using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SchemaDepthRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1008Tests
{
    private const string Key = "connectorsdk.max_schema_depth";

    /// <summary>A response whose schema is <c>#/definitions/D1</c>, nesting <paramref name="depth"/> levels.</summary>
    private static string SwaggerWithResponse(int depth)
        => $$"""
            {
              "swagger": "2.0",
              "paths": { "/items": { "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK", {|#0:"schema"|}: { "$ref": "#/definitions/D1" } } } } } },
              "definitions": { {{SchemaJson.Chain(depth)}} }
            }
            """;

    private static string Unmarked(string markup) => markup.Replace("{|#0:\"schema\"|}", "\"schema\"", StringComparison.Ordinal);

    [Fact]
    public async Task AtTheDefaultMaximum_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync(Unmarked(SwaggerWithResponse(32)));
    }

    [Fact]
    public async Task DeeperThanTheDefault_WarningOnTheSchema()
    {
        await Verify.VerifySwaggerAsync(
            SwaggerWithResponse(33),
            Verify.Diagnostic(SchemaDepthRule.Response).WithLocation(0).WithArguments("200", "ListItems", 33, 32).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task References_CountTheirLevels()
    {
        // The body object, its array property, then 31 levels through two references: 33.
        await Verify.VerifySwaggerAsync(
            $$"""
            {
              "swagger": "2.0",
              "paths": { "/items": { "post": { "parameters": [ { "name": "body", "in": "body", {|#0:"schema"|}: { "type": "object", "properties": { "list": { "type": "array", "items": { "$ref": "#/definitions/Deep" } } } } } ], "responses": {} } } },
              "definitions": { "Deep": { "$ref": "#/definitions/D1" }, {{SchemaJson.Chain(31)}} }
            }
            """,
            Verify.Diagnostic(SchemaDepthRule.Body).WithLocation(0).WithArguments("body", "POST /items", 33, 32));
    }

    [Fact]
    public async Task AllOfParts_AddNoLevel()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": { "/items": { "get": { "responses": { "200": { "description": "OK", "schema": { "allOf": [ { "$ref": "#/definitions/D1" }, { "allOf": [ { "$ref": "#/definitions/D2" } ] } ] } } } } } },
              "definitions": { CHAIN }
            }
            """.Replace("CHAIN", SchemaJson.Chain(32), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecursiveSchema_NoDiagnosticAndNoFailure()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": { "/tree": { "get": { "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Node" } } } } } },
              "definitions": { "Node": { "type": "object", "properties": { "children": { "type": "array", "items": { "$ref": "#/definitions/Node" } } } } }
            }
            """);
    }

    [Fact]
    public async Task VeryLongReferenceChain_ExpansionStopsAfter1000References()
    {
        await Verify.VerifySwaggerAsync(
            SwaggerWithResponse(5_000),
            Verify.Diagnostic(SchemaDepthRule.Response).WithLocation(0).WithArguments("200", "ListItems", 1_001, 32));
    }

    [Fact]
    public async Task RecommendedRule_OffInDefaultMode()
    {
        var test = new ConnectorTest { Swagger = Unmarked(SwaggerWithResponse(40)), Mode = AnalysisMode.Default };
        await Verify.VerifyAsync(test);
    }

    [Theory]
    [InlineData("5", 6, 5)]
    [InlineData(" 6 ", 6, null)]
    [InlineData("100", 40, null)]
    [InlineData("deep", 33, 32)]
    [InlineData("0", 33, 32)]
    [InlineData("-3", 32, null)]
    public async Task Threshold_FromEditorConfig(string configured, int depth, int? reportedMaximum)
    {
        var test = new ConnectorTest
        {
            Swagger = reportedMaximum is null ? Unmarked(SwaggerWithResponse(depth)) : SwaggerWithResponse(depth),
            EditorConfig = $"root = true\n[*.json]\n{Key} = {configured}\n",
        };
        if (reportedMaximum is { } maximum)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic().WithLocation(0)
                .WithMessage($"The response '200' of operation 'ListItems' nests {depth} levels deep ($ref included); the maximum is {maximum} (set with {Key})"));
        }

        await Verify.VerifyAsync(test);
    }
}
