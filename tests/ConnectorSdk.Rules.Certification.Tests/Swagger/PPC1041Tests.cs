using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ConnectorMetadataRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1041Tests
{
    [Fact]
    public async Task NoMetadata_ReportedOnInfo()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", {|#0:"info"|}: { "title": "Contoso" }, "paths": { } }
            """,
            Verify.Diagnostic(ConnectorMetadataRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("{ }", "an object")]
    [InlineData("\"Website\"", "a string")]
    [InlineData("null", "null")]
    public async Task NotAnArray_Reported(string metadata, string kind)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "x-ms-connector-metadata": {|#0:{{metadata}}|} }
            """,
            Verify.Diagnostic(ConnectorMetadataRequiredRule.NotArray).WithLocation(0).WithArguments(kind));
    }

    [Fact]
    public async Task Array_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "x-ms-connector-metadata": [ ] }""");

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { } }""" });

    [Theory]
    [InlineData("[ ]")]
    [InlineData("\"swagger\"")]
    public async Task RootNotAnObject_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "info": { "title": "Microsoft School Data Sync" } }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
        });
}
