using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationDescriptionRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1063Tests
{
    [Fact]
    public async Task DescribedOperations_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": {
              "get": { "operationId": "GetItem", "summary": "Get an item", "description": "Gets one item by its id." },
              "delete": { "operationId": "DeleteItem", "description": "Deletes an item." } } } }
            """);
    }

    [Fact]
    public async Task MissingDescription_ReportedOnTheVerb()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": {
              {|#0:"get"|}: { "operationId": "GetItem", "summary": "Get an item" },
              {|#1:"patch"|}: { "operationId": 7, "summary": "Update an item" } } } }
            """,
            Verify.Diagnostic(OperationDescriptionRequiredRule.Missing).WithLocation(0).WithArguments("'GetItem'").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic(OperationDescriptionRequiredRule.Missing).WithLocation(1).WithArguments("PATCH /items/{id}"));
    }

    [Fact]
    public async Task EmptyDescription_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/hooks/{id}": { "delete": { "operationId": "DeleteWebhook", "description": {|#0:""|}, "x-ms-visibility": "important" } } } }
            """,
            Verify.Diagnostic(OperationDescriptionRequiredRule.Blank).WithLocation(0).WithArguments("'DeleteWebhook'"));
    }

    [Fact]
    public async Task InternalOperations_NotReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/hooks/{id}": { "delete": { "operationId": "DeleteWebhook", "description": "", "x-ms-visibility": "internal" } },
              "/schema": { "get": { "operationId": "GetSchema", "x-ms-visibility": "INTERNAL" } } } }
            """);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{ \"text\": \"Deletes an item.\" }")]
    public async Task DescriptionOfTheWrongType_LeftToPPC1002(string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "delete": { "description": {{description}} } } } }""");

    [Theory]
    [InlineData(ConnectorKind.Certified, DiagnosticSeverity.Error)]
    [InlineData(ConnectorKind.IndependentPublisher, DiagnosticSeverity.Error)]
    [InlineData(ConnectorKind.Custom, DiagnosticSeverity.Warning)]
    public async Task ErrorForCertification_WarningForCustom(ConnectorKind kind, DiagnosticSeverity severity)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = kind, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { {|#0:"post"|}: { "summary": "Do it" } } } }""" },
            Verify.Diagnostic(OperationDescriptionRequiredRule.Missing).WithLocation(0).WithSeverity(severity));
    }
}
