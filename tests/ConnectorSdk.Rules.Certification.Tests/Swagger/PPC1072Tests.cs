using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.MimeTypeRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1072Tests
{
    [Fact]
    public async Task MediaTypes_NoDiagnostic_SupportedOrNot()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "consumes": [ "application/json", "text/xml", "application/vnd.contoso+json; charset=utf-8" ],
              "paths": { "/a": { "post": { "consumes": [ "multipart/form-data", 42 ] } } } }
            """);
    }

    [Fact]
    public async Task NotAMediaType_ErrorOnTheEntry_NamingWhere()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "consumes": [ "application/json", {|#0:"json"|} ],
              "paths": { "/a": { "post": { "operationId": "PostA", "consumes": [ {|#1:"application json"|}, {|#2:""|} ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("\"json\"", "the document").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic().WithLocation(1).WithArguments("\"application json\"", "operation 'PostA'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("\"\"", "operation 'PostA'"));
    }

    [Fact]
    public async Task ProducesAndOtherPlaces_NotChecked()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "produces": [ "json" ], "definitions": { "consumes": { "type": "object", "properties": { "consumes": { "type": "string" } } } },
              "paths": { "/a": { "post": { "produces": [ "json" ], "x-consumes": [ "json" ] } } } }
            """);
    }

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "consumes": [ {|#0:"text"|} ] }""" },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
