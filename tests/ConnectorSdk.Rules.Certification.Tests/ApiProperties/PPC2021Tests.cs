using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.ScriptOperationMissingRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2021Tests
{
    private const string Swagger = """
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "version": "1.0" },
          "paths": {
            "/items": {
              "get": { "operationId": "ListItems", "responses": { "200": { "description": "OK" } } },
              "post": { "operationId": "CreateItem", "responses": { "200": { "description": "OK" } } }
            },
            "/items/{id}": {
              "delete": { "responses": { "204": { "description": "Deleted" } } }
            }
          }
        }
        """;

    private static Task VerifyAsync(string apiProperties, params DiagnosticResult[] expected)
        => Verify.VerifyAsync(new ConnectorTest { Swagger = Swagger, ApiProperties = apiProperties }, expected);

    [Fact]
    public async Task ExistingOperations_NoDiagnostic()
    {
        await VerifyAsync("""
            { "properties": { "iconBrandColor": "#1f6fb2", "scriptOperations": [ "ListItems", "CreateItem" ] } }
            """);
    }

    [Fact]
    public async Task EmptyList_MeansEveryOperation_NoDiagnostic()
    {
        await VerifyAsync("""
            { "properties": { "scriptOperations": [] } }
            """);
    }

    [Fact]
    public async Task NoScriptOperations_NoDiagnostic()
    {
        await VerifyAsync("""
            { "properties": { "iconBrandColor": "#1f6fb2" } }
            """);
    }

    [Fact]
    public async Task UnknownOperation_ReportedOnEntryWithTheValueAndTheSwagger()
    {
        await VerifyAsync("""
            {
              "properties": {
                "scriptOperations": [
                  "ListItems",
                  {|#0:"GetItem"|}
                ]
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("\"GetItem\"", "apiDefinition.swagger.json").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task EveryUnknownEntryIsReported()
    {
        await VerifyAsync("""
            { "properties": { "scriptOperations": [ [|"Nope"|], "CreateItem", [|"AlsoNope"|] ] } }
            """);
    }

    [Fact]
    public async Task OperationIdsAreCaseSensitive()
    {
        await VerifyAsync("""
            { "properties": { "scriptOperations": [ {|PPC2021:"listItems"|}, {|PPC2021:"CreateItem "|} ] } }
            """);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("{\"operationId\":\"ListItems\"}")]
    [InlineData("[\"ListItems\"]")]
    public async Task NonStringOrEmptyEntry_ReportedWithItsJson(string json)
    {
        await VerifyAsync($$"""
            { "properties": { "scriptOperations": [ {|#0:{{json}}|} ] } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(json, "apiDefinition.swagger.json"));
    }

    [Theory]
    [InlineData("\"scriptOperations\": \"GetItem\"")]
    [InlineData("\"scriptOperations\": { \"GetItem\": true }")]
    [InlineData("\"scriptOperations\": null")]
    [InlineData("\"scriptOperations\": 3")]
    public async Task ScriptOperationsNotAList_NoDiagnostic(string member)
    {
        await VerifyAsync($$"""
            { "properties": { {{member}} } }
            """);
    }

    [Theory]
    [InlineData("\"properties\": [ { \"scriptOperations\": [ \"GetItem\" ] } ]")]
    [InlineData("\"properties\": \"scriptOperations\"")]
    [InlineData("\"scriptOperations\": [ \"GetItem\" ]")]
    public async Task PropertiesNotAnObject_NoDiagnostic(string member)
    {
        await VerifyAsync($$"""
            { {{member}} }
            """);
    }

    [Fact]
    public async Task NoSwagger_NoDiagnostic()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            ApiProperties = """
                { "properties": { "scriptOperations": [ "GetItem" ] } }
                """,
        });
    }

    [Fact]
    public async Task UnreadableSwagger_NoDiagnostic()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = "[ 1, 2, 3 ]",
            ApiProperties = """
                { "properties": { "scriptOperations": [ "GetItem" ] } }
                """,
        });
    }

    [Fact]
    public async Task SwaggerWithoutPaths_EveryEntryIsMissing()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "swagger": "2.0", "paths": "none" }""",
            ApiProperties = """
                { "properties": { "scriptOperations": [ [|"GetItem"|] ] } }
                """,
        });
    }

    [Fact]
    public async Task OperationIdOfAnotherTypeDoesNotCount()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """
                { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": 7, "responses": {} } } } }
                """,
            ApiProperties = """
                { "properties": { "scriptOperations": [ [|"7"|] ] } }
                """,
        });
    }

    [Theory]
    [InlineData(ConnectorKind.Certified)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    [InlineData(ConnectorKind.Custom)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Kind = kind,
                Mode = AnalysisMode.Default,
                Swagger = Swagger,
                ApiProperties = """
                    { "properties": { "scriptOperations": [ {|#0:"GetItem"|} ] } }
                    """,
            },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
