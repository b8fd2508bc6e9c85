using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ReferenceRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1016Tests
{
    /// <summary>A swagger with one operation; {0} is its parameters list, {1} its responses, {2} more top-level members.</summary>
    private static string Swagger(string parameters, string responses = """ "200": { "description": "OK" } """, string more = "")
        => $$"""
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "version": "1.0" },
          "paths": {
            "/items/{id}": {
              "get": {
                "operationId": "GetItem",
                "parameters": [ {{parameters}} ],
                "responses": { {{responses}} }
              }
            }
          },
          "definitions": {
            "Item": { "type": "object", "properties": { "id": { "type": "string" }, "owner": { "$ref": "#/definitions/Person" } } },
            "Person": { "type": "object" },
            "a/b": { "type": "object" },
            "My Type": { "type": "object" }
          },
          "parameters": {
            "id": { "name": "id", "in": "path", "required": true, "type": "string" }
          },
          "responses": {
            "NotFound": { "description": "Not found", "schema": { "$ref": "#/definitions/Person" } }
          }{{more}}
        }
        """;

    [Fact]
    public async Task EveryReferenceInItsSection_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "$ref": "#/parameters/id" }, { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Item" } }""",
            """ "200": { "description": "OK", "schema": { "type": "array", "items": { "$ref": "#/definitions/Item" } } }, "404": { "$ref": "#/responses/NotFound" } """));
    }

    [Fact]
    public async Task MissingDefinition_ReportedOnTheRefValue()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "$ref": "#/parameters/id" }""", """ "200": { "description": "OK", "schema": { "$ref": {|#0:"#/definitions/Order"|} } } """),
            Verify.Diagnostic(ReferenceRule.Unresolved).WithLocation(0).WithArguments("#/definitions/Order").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task MissingDefinitionWithOtherCase_SuggestsTheName()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "$ref": "#/parameters/id" }""", """ "200": { "description": "OK", "schema": { "$ref": {|#0:"#/definitions/item"|} } } """),
            Verify.Diagnostic(ReferenceRule.UnresolvedTypo).WithLocation(0).WithArguments("#/definitions/item", "Item"));
    }

    [Fact]
    public async Task MisspelledDefinition_SuggestsTheName()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "$ref": "#/parameters/id" }""", """ "200": { "description": "OK", "schema": { "$ref": {|#0:"#/definitions/Preson"|} } } """),
            Verify.Diagnostic(ReferenceRule.UnresolvedTypo).WithLocation(0).WithArguments("#/definitions/Preson", "Person"));
    }

    [Fact]
    public async Task MissingParameterAndResponse_Reported()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "$ref": [|"#/parameters/top"|] }""",
            """ "404": { "$ref": [|"#/responses/Gone"|] } """));
    }

    [Fact]
    public async Task ParameterPointingAtDefinition_ReportedAsWrongSection()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "$ref": {|#0:"#/definitions/Item"|} }"""),
            Verify.Diagnostic(ReferenceRule.WrongSection).WithLocation(0).WithArguments("#/definitions/Item", "parameters", "Parameter Object"));
    }

    [Fact]
    public async Task ResponsePointingAtDefinition_ReportedAsWrongSection()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "$ref": "#/parameters/id" }""", """ "200": { "$ref": {|#0:"#/definitions/Item"|} } """),
            Verify.Diagnostic(ReferenceRule.WrongSection).WithLocation(0).WithArguments("#/definitions/Item", "responses", "Response Object"));
    }

    [Fact]
    public async Task SchemaPointingAtParameter_ReportedAsWrongSection()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "name": "body", "in": "body", "schema": { "$ref": {|#0:"#/parameters/id"|} } }"""),
            Verify.Diagnostic(ReferenceRule.WrongSection).WithLocation(0).WithArguments("#/parameters/id", "definitions", "Schema Object"));
    }

    [Fact]
    public async Task MisspelledSection_ReportedAsWrongSection()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "name": "body", "in": "body", "schema": { "$ref": {|#0:"#/definition/Item"|} } }"""),
            Verify.Diagnostic(ReferenceRule.WrongSection).WithLocation(0).WithArguments("#/definition/Item", "definitions", "Schema Object"));
    }

    [Theory]
    [InlineData("#/definitions")]
    [InlineData("#/definitions/")]
    [InlineData("#")]
    public async Task SectionItself_Reported(string reference)
    {
        await Verify.VerifySwaggerAsync(
            Swagger($$"""{ "name": "body", "in": "body", "schema": { "$ref": [|"{{reference}}"|] } }"""));
    }

    [Theory]
    [InlineData("Item.json")]
    [InlineData("common.json#/definitions/Item")]
    [InlineData("https://example.com/schemas.json#/definitions/Item")]
    [InlineData("definitions/Item")]
    public async Task ExternalReference_Reported(string reference)
    {
        await Verify.VerifySwaggerAsync(
            Swagger($$"""{ "name": "body", "in": "body", "schema": { "$ref": {|#0:"{{reference}}"|} } }"""),
            Verify.Diagnostic(ReferenceRule.Outside).WithLocation(0).WithArguments(reference, "definitions"));
    }

    [Fact]
    public async Task FragmentWithoutSlash_ReportedAsInvalidPointer()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("""{ "$ref": {|#0:"#parameters/id"|} }"""),
            Verify.Diagnostic(ReferenceRule.NotAPointer).WithLocation(0).WithArguments("#parameters/id", "parameters"));
    }

    [Theory]
    [InlineData("#/definitions/a~2b")]
    [InlineData("#/definitions/a~")]
    [InlineData("#/definitions/My%2")]
    public async Task BadEscape_ReportedAsInvalidPointer(string reference)
    {
        await Verify.VerifySwaggerAsync(
            Swagger($$"""{ "name": "body", "in": "body", "schema": { "$ref": {|#0:"{{reference}}"|} } }"""),
            Verify.Diagnostic(ReferenceRule.BadEscape).WithLocation(0).WithArguments(reference));
    }

    [Theory]
    [InlineData("#/definitions/a~1b")]
    [InlineData("#/definitions/My%20Type")]
    [InlineData("#/definitions/Item/properties/owner")]
    public async Task EscapedAndDeepReferences_Resolve(string reference)
    {
        await Verify.VerifySwaggerAsync(
            Swagger($$"""{ "name": "body", "in": "body", "schema": { "$ref": "{{reference}}" } }"""));
    }

    [Fact]
    public async Task JsonEscapesInTheReference_AreDecodedFirst()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "name": "body", "in": "body", "schema": { "type": "array", "items": [ { "$ref": "\u0023\/definitions\/Item" }, { "$ref": {|#0:"#\/definitions\/Nope"|} } ] } }"""),
            Verify.Diagnostic(ReferenceRule.Unresolved).WithLocation(0).WithArguments("#/definitions/Nope"));
    }

    [Theory]
    [InlineData("#/tags/0", false)]
    [InlineData("#/tags/1", true)]
    [InlineData("#/tags/00", true)]
    [InlineData("#/tags/-1", true)]
    public async Task ArrayIndexesInAnyPlaceReferences(string reference, bool reported)
    {
        var marked = reported ? $"[|\"{reference}\"|]" : $"\"{reference}\"";
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "$ref": "#/parameters/id" }""",
            more: $$"""
            ,
              "tags": [ { "name": "Items" } ],
              "x-ms-extra": { "$ref": {{marked}} }
            """));
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("null", "null")]
    [InlineData("{ \"path\": \"#/definitions/Item\" }", "{ \"path\": \"#/definitions/Item\" }")]
    public async Task NotAString_Reported(string value, string shown)
    {
        await Verify.VerifySwaggerAsync(
            Swagger($$"""{ "name": "body", "in": "body", "schema": { "$ref": {|#0:{{value}}|} } }"""),
            Verify.Diagnostic(ReferenceRule.NotAString).WithLocation(0).WithArguments(shown));
    }

    [Fact]
    public async Task NestedSchemas_AllChecked()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "name": "body", "in": "body", "schema": { "type": "object", "properties": { "a": { "type": "array", "items": { "$ref": [|"#/definitions/A"|] } }, "b": { "allOf": [ { "$ref": "#/definitions/Item" }, { "$ref": [|"#/definitions/B"|] } ] }, "c": { "additionalProperties": { "$ref": [|"#/definitions/C"|] } } } } }"""));
    }

    [Fact]
    public async Task DefinitionsAndSharedSections_Checked()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "$ref": "#/parameters/id" }""",
            more: """
            ,
              "x-ms-connector-metadata": [],
              "x-shared": { "definitions": { "X": { "$ref": "#/parameters/id" } } },
              "securityDefinitions": {}
            """).Replace("\"Person\": { \"type\": \"object\" }", "\"Person\": { \"type\": \"object\", \"properties\": { \"boss\": { \"$ref\": [|\"#/definitions/Boss\"|] } } }", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PropertyNamedRef_IsANameNotAReference()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "name": "body", "in": "body", "schema": { "type": "object", "properties": { "$ref": { "type": "string" }, "x": { "$ref": "#/definitions/Item" } } } }"""));
    }

    [Fact]
    public async Task ExamplesAndDefaults_AreData()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "name": "body", "in": "body", "schema": { "type": "object", "example": { "$ref": "nowhere" }, "default": { "$ref": 1 } }, "x-example": { "$ref": "#/x" } }""",
            """ "200": { "description": "OK", "examples": { "application/json": { "$ref": "elsewhere.json" } } } """));
    }

    [Fact]
    public async Task ExtensionObjects_ResolveAnywhereButSchemasStaySchemas()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "$ref": "#/parameters/id", "x-ms-anything": { "$ref": "#/parameters/id", "other": { "$ref": [|"#/nothing/here"|] } } }""",
            more: """
            ,
              "x-ms-notification-content": { "schema": { "$ref": [|"#/responses/NotFound"|] } }
            """));
    }

    [Fact]
    public async Task ResponseHeaders_MayPointAtDefinitions()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "$ref": "#/parameters/id" }""",
            """ "200": { "description": "OK", "headers": { "$ref": { "type": "string" }, "X-Item": { "$ref": "#/definitions/Item" }, "X-Gone": { "$ref": [|"#/definitions/Gone"|] } } } """));
    }

    [Fact]
    public async Task PathLevelParametersAndPathItemReferences_Checked()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/a": { "parameters": [ { "$ref": [|"#/definitions/A"|] } ], "get": { "responses": { "200": { "description": "OK" } } } },
                "/b": { "$ref": "#/paths/~1a" },
                "/c": { "$ref": [|"#/paths/~1missing"|] }
              },
              "definitions": { "A": { "type": "object" } }
            }
            """);
    }

    [Fact]
    public async Task StatusCodeMapExtension_IsNotAResponse()
    {
        await Verify.VerifySwaggerAsync(Swagger(
            """{ "$ref": "#/parameters/id" }""",
            """ "200": { "description": "OK" }, "x-ms-note": { "$ref": "#/definitions/Item" } """));
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = Swagger("""{ "$ref": {|#0:"#/parameters/nope"|} }"""), Kind = kind, Mode = AnalysisMode.Default },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task OddShapes_DoNotThrow()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": { "/a": [ 1, 2 ], "/b": { "get": "nope", "parameters": { "x": { "$ref": "#/parameters/x" } } }, "/c": { "get": { "parameters": [ 1, [ { "$ref": "#/parameters/y" } ] ], "responses": [ { "$ref": 3 } ] } } },
              "definitions": [ { "$ref": "#/x" } ],
              "parameters": { "x": { "name": "x", "in": "query", "type": "string" } },
              "responses": "none"
            }
            """);
    }
}
