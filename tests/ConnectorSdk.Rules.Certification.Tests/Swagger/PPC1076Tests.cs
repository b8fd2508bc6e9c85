using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.PathParameterRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1076Tests
{
    private static string Paths(string members, string sharedParameters = "{}")
        => $$"""{ "swagger": "2.0", "paths": { {{members}} }, "parameters": {{sharedParameters}} }""";

    [Fact]
    public async Task MatchingParameters_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync(Paths("""
            "/items/{id}/parts/{partId}": {
              "get": {
                "operationId": "GetPart",
                "parameters": [
                  { "name": "id", "in": "path", "required": true, "type": "string" },
                  { "name": "partId", "in": "path", "required": true, "type": "string" },
                  { "name": "id", "in": "query", "type": "string" }
                ]
              }
            },
            "/items": { "get": { "operationId": "ListItems" } }
            """));
    }

    [Fact]
    public async Task PathItemLevelAndReferencedParameters_Count()
    {
        await Verify.VerifySwaggerAsync(Paths(
            """
            "/sites/{siteId}/items/{itemId}": {
              "parameters": [ { "name": "siteId", "in": "path", "required": true, "type": "string" } ],
              "get": { "operationId": "GetItem", "parameters": [ { "$ref": "#/parameters/itemId" } ] },
              "delete": { "operationId": "DeleteItem", "parameters": [ { "$ref": "#/parameters/itemId" } ] }
            }
            """,
            """{ "itemId": { "name": "itemId", "in": "path", "required": true, "type": "string" } }"""));
    }

    [Fact]
    public async Task VariableWithoutParameter_ReportedOnTheVerb()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""
                "/items/{id}": { {|#0:"get"|}: { "operationId": "GetItem", "parameters": [ { "name": "id", "in": "query", "type": "string" } ] } }
                """),
            Verify.Diagnostic(PathParameterRule.NotDeclared).WithLocation(0).WithArguments("id", "/items/{id}", "GET /items/{id}").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task VariableWithParameterOfOtherCase_ReportedWithAHint()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""
                "/items/{itemId}": { {|#0:"get"|}: { "parameters": [ { "name": {|#1:"ItemId"|}, "in": "path", "required": true, "type": "string" } ] } }
                """),
            Verify.Diagnostic(PathParameterRule.DeclaredInOtherCase).WithLocation(0).WithArguments("itemId", "/items/{itemId}", "GET /items/{itemId}", "ItemId"),
            Verify.Diagnostic(PathParameterRule.NotInTemplate).WithLocation(1).WithArguments("ItemId", "/items/{itemId}"));
    }

    [Fact]
    public async Task ParameterNotInTemplate_ReportedOnItsName()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""
                "/items": { "get": { "parameters": [ { "name": {|#0:"id"|}, "in": "path", "required": true, "type": "string" } ] } }
                """),
            Verify.Diagnostic(PathParameterRule.NotInTemplate).WithLocation(0).WithArguments("id", "/items"));
    }

    [Fact]
    public async Task ReferencedParameterNotInTemplate_ReportedOnTheReference()
    {
        await Verify.VerifySwaggerAsync(
            Paths(
                """
                "/items": { "get": { "parameters": [ { "$ref": [|"#/parameters/itemId"|] } ] } },
                "/items/{itemId}": { "get": { "parameters": [ { "$ref": "#/parameters/itemId" } ] } }
                """,
                """{ "itemId": { "name": "itemId", "in": "path", "required": true, "type": "string" } }"""));
    }

    [Fact]
    public async Task SharedPathItemParameter_ReportedOnceForAllOperations()
    {
        await Verify.VerifySwaggerAsync(Paths("""
            "/items": {
              "parameters": [ { "name": [|"id"|], "in": "path", "required": true, "type": "string" } ],
              "get": {}, "post": {}, "delete": {}
            }
            """));
    }

    [Theory]
    [InlineData(", \"required\": false", "false")]
    [InlineData(", \"required\": \"true\"", "\"true\"")]
    public async Task NotRequired_ReportedOnItsName(string required, string found)
    {
        await Verify.VerifySwaggerAsync(
            Paths($$"""
                "/items/{id}": { "get": { "parameters": [ { "name": {|#0:"id"|}, "in": "path", "type": "string"{{required}} } ] } }
                """),
            Verify.Diagnostic(PathParameterRule.NotRequired).WithLocation(0).WithArguments("id", found));
    }

    [Fact]
    public async Task RequiredMissing_ReportedOnItsName()
    {
        await Verify.VerifySwaggerAsync(
            Paths("""
                "/items/{id}": { "get": { "parameters": [ { "name": {|#0:"id"|}, "in": "path", "type": "string" } ] } }
                """),
            Verify.Diagnostic(PathParameterRule.RequiredMissing).WithLocation(0).WithArguments("id"));
    }

    [Fact]
    public async Task SharedDefinitionNotRequired_ReportedOnceWhereDefined()
    {
        await Verify.VerifySwaggerAsync(Paths(
            """
            "/a/{id}": { "get": { "parameters": [ { "$ref": "#/parameters/id" } ] } },
            "/b/{id}": { "get": { "parameters": [ { "$ref": "#/parameters/id" } ] }, "put": { "parameters": [ { "$ref": "#/parameters/id" } ] } }
            """,
            """{ "id": { "name": [|"id"|], "in": "path", "type": "string" } }"""));
    }

    [Fact]
    public async Task OperationOverridesPathItemParameter()
    {
        await Verify.VerifySwaggerAsync(Paths("""
            "/items/{id}": {
              "parameters": [ { "name": "id", "in": "path", "type": "string" } ],
              "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ] }
            }
            """));
    }

    [Fact]
    public async Task RepeatedVariable_NeedsOneParameter()
    {
        await Verify.VerifySwaggerAsync(Paths("""
            "/a/{id}/b/{id}": { "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ] } }
            """));
    }

    [Fact]
    public async Task MalformedVariablesAreLeftToPPC1074_DefaultsCountByName()
    {
        await Verify.VerifySwaggerAsync(Paths("""
            "/a/{id=1}/{}/{open/b}": { "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "type": "string" } ] } }
            """));
    }

    [Fact]
    public async Task UnresolvedOrOddParameters_Ignored()
    {
        await Verify.VerifySwaggerAsync(Paths("""
            "/a": { "get": { "parameters": [ { "$ref": "#/parameters/missing" }, 1, null, { "in": "path" }, { "name": 5, "in": "path" }, { "name": "x", "in": 1 } ] } },
            "/b": { "get": { "parameters": { "name": "y", "in": "path" } } }
            """));
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = Paths("""
                "/a/{id}": { {|#0:"get"|}: {} }
                """), Kind = kind, Mode = AnalysisMode.Default },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
