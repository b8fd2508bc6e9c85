using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DuplicatePathRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1075Tests
{
    [Fact]
    public async Task DistinctPaths_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": {} }, "/items/{id}": { "get": {} }, "/items/{id}/tags": { "get": {} }, "/tags/{id}": { "get": {} } } }
            """);
    }

    [Fact]
    public async Task PathsDifferingInLetterCase_ReportedOnTheLaterOne()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/api/Items": { "get": {} }, {|#0:"/api/items"|}: { "post": {} } } }
            """,
            Verify.Diagnostic(DuplicatePathRule.LetterCase).WithLocation(0).WithArguments("/api/items", "/api/Items").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Path '/api/items' repeats the path '/api/Items' with different capitalization; paths are compared ignoring letter case: merge the two into one path item"));
    }

    [Fact]
    public async Task SameTemplateWithOtherVariableNames_SameMethod_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items/{id}": { "get": {}, "delete": {} }, {|#0:"/Items/{itemId}"|}: { "delete": {}, "put": {} } } }
            """,
            Verify.Diagnostic(DuplicatePathRule.SameTemplate).WithLocation(0).WithArguments("/Items/{itemId}", "/items/{id}", "DELETE"));
    }

    [Fact]
    public async Task SameTemplate_NoSharedMethod_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/callbacks/{callbackId}": { "delete": {} }, "/callbacks/{eventName}": { "x-ms-notification-content": { "description": "Event" } } } }
            """);
    }

    [Fact]
    public async Task ThreeCopies_EachLaterOneReportedOnce()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/ab": { "get": {} }, {|#0:"/AB"|}: { "get": {} }, {|#1:"/Ab"|}: { "get": {} } } }
            """,
            Verify.Diagnostic(DuplicatePathRule.LetterCase).WithLocation(0).WithArguments("/AB", "/ab"),
            Verify.Diagnostic(DuplicatePathRule.LetterCase).WithLocation(1).WithArguments("/Ab", "/ab"));
    }

    [Fact]
    public async Task ExtensionsOfPaths_Ignored()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "x-ms-notes": {}, "X-MS-NOTES": {} } }""");

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": {}, {|#0:"/A"|}: {} } }""" },
            Verify.Diagnostic(DuplicatePathRule.LetterCase).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
