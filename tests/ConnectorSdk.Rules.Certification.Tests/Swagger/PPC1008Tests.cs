using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Loading;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification.Swagger;
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
        var test = new ConnectorSdk.Testing.ConnectorTest { Swagger = Unmarked(SwaggerWithResponse(40)), Mode = AnalysisMode.Default };
        await Verify.VerifyAsync(test);
    }

    [Theory]
    [InlineData("5", 6, true)]
    [InlineData(" 6 ", 6, false)]
    [InlineData("100", 40, false)]
    [InlineData("deep", 33, true)]
    [InlineData("0", 33, true)]
    [InlineData("-3", 32, false)]
    public void Threshold_FromEditorConfig(string configured, int depth, bool reported)
    {
        var folder = Directory.CreateTempSubdirectory("ppc1008-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), $"root = true\n[*.json]\n{Key} = {configured}\n");
            File.WriteAllText(Path.Combine(folder, "apiDefinition.swagger.json"), Unmarked(SwaggerWithResponse(depth)));
            var engine = new AnalysisEngine([new SchemaDepthRule()], new AnalysisOptions { Mode = AnalysisMode.All });
            var findings = engine.Analyze(ConnectorProject.Load(folder)).Diagnostics.Where(d => d.Id == "PPC1008").ToList();
            Assert.Equal(reported, findings.Count == 1);
            if (reported)
            {
                var expectedMaximum = int.TryParse(configured, out var value) && value > 0 ? value : 32;
                Assert.Equal($"The response '200' of operation 'ListItems' nests {depth} levels deep ($ref included); the maximum is {expectedMaximum} (set with {Key})", findings[0].GetMessage());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
