using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationIdUniqueRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1051Tests
{
    [Fact]
    public async Task UniqueIds_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": { "get": { "operationId": "ListItems" }, "post": { "operationId": "CreateItem" } },
                "/items/{id}": { "get": { "operationId": "GetItem" } }
              }
            }
            """);
    }

    [Fact]
    public async Task Duplicate_ReportedOnTheLaterIdNamingTheFirstOperation()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": { "get": { "operationId": "GetItems" } },
                "/items/all": { "post": { "operationId": {|#0:"GetItems"|} } }
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("GetItems", "POST /items/all", "GetItems", "GET /items").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task EveryLaterDuplicate_ReportedAgainstTheFirst()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/a": { "get": { "operationId": "Same" }, "put": { "operationId": {|#0:"Same"|} } },
                "/b": { "delete": { "operationId": {|#1:"Same"|} } }
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("Same", "PUT /a", "Same", "GET /a"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Same", "DELETE /b", "Same", "GET /a"));
    }

    [Fact]
    public async Task IdsDifferingOnlyInCase_AreDuplicates()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/items": { "get": { "operationId": "GetItems" }, "head": { "operationId": {|#0:"getitems"|} } }
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("getitems", "HEAD /items", "GetItems", "GET /items"));
    }

    [Fact]
    public async Task IdsDifferingInSpacesOrPunctuation_AreDistinct()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/a": { "get": { "operationId": "GetItems" }, "put": { "operationId": "GetItems " }, "post": { "operationId": "Get_Items" } }
              }
            }
            """);
    }

    [Fact]
    public async Task MissingOrNonStringIds_Ignored()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/a": { "get": {}, "put": {}, "post": { "operationId": 1 }, "patch": { "operationId": 1 }, "delete": { "operationId": null } }
              }
            }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "X" } }, "/b": { "get": { "operationId": {|#0:"X"|} } } } }""",
                Kind = kind,
                Mode = AnalysisMode.Default,
            },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
