using System.Text;
using ConnectorSdk.Analysis;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TotalSchemaCountRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1007Tests
{
    /// <summary>Leaf: 129; Branch: 1 + 128 × 129 = 16,513; Trunk: 1 + 4 × 16,513 = 66,053 schemas.</summary>
    private static readonly string Definitions = $$"""
        {
          "Leaf": {{SchemaJson.Object(128)}},
          "Branch": {{SchemaJson.Object(128, """{ "$ref": "#/definitions/Leaf" }""")}},
          "Trunk": {{SchemaJson.Object(4, """{ "$ref": "#/definitions/Branch" }""")}}
        }
        """;

    private static string SwaggerWith(int operations, string pathsMarkup)
    {
        var paths = new StringBuilder();
        for (var i = 0; i < operations; i++)
        {
            paths.Append(i == 0 ? "" : ", ").Append($$"""
                "/items{{i}}": { "get": { "operationId": "Get{{i}}", "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Trunk" } } } } }
                """);
        }

        return $$"""{ "swagger": "2.0", {{pathsMarkup}}: { {{paths}} }, "definitions": {{Definitions}} }""";
    }

    [Fact]
    public async Task UnderTheTotal_NoDiagnostic()
    {
        // 63 × 66,053 = 4,161,339.
        await Verify.VerifySwaggerAsync(SwaggerWith(63, "\"paths\""));
    }

    [Fact]
    public async Task OverTheTotal_ReportedOnPathsWithTheCount()
    {
        // 64 × 66,053 = 4,227,392.
        await Verify.VerifySwaggerAsync(
            SwaggerWith(64, "{|#0:\"paths\"|}"),
            Verify.Diagnostic().WithLocation(0).WithArguments(4_227_392L).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task ExponentialExpansion_SaturatesWithoutOverflow()
    {
        // Each level doubles the expansion: 2^64 schemas would overflow a counter that did not saturate.
        var definitions = string.Join(", ", Enumerable.Range(0, 70).Select(i => $$"""
            "D{{i}}": { "type": "object", "properties": { "a": { "$ref": "#/definitions/D{{i + 1}}" }, "b": { "$ref": "#/definitions/D{{i + 1}}" } } }
            """));
        await Verify.VerifySwaggerAsync(
            $$"""
            { "swagger": "2.0", {|#0:"paths"|}: { "/a": { "get": { "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/D0" } } } } } }, "definitions": { {{definitions}}, "D70": {} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(1L << 40));
    }
}
