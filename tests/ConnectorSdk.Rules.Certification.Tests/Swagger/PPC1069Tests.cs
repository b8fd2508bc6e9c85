using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationVisibilityRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1069Tests
{
    [Theory]
    [InlineData("\"important\"")]
    [InlineData("\"none\"")]
    [InlineData("\"bogus\"")]
    [InlineData("42")]
    public async Task VisibilityDeclared_NoDiagnostic_ValuesLeftToOtherRules(string visibility)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "x-ms-visibility": {{visibility}} } } } }""");

    [Fact]
    public async Task NoVisibility_WarningOnTheVerb()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/a": { "get": { "x-ms-visibility": "advanced" }, {|#0:"post"|}: { "operationId": "CreateA", "parameters": [ { "name": "x", "in": "query", "type": "string", "x-ms-visibility": "important" } ] } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("'CreateA'").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData(ConnectorKind.Custom, AnalysisMode.All)]
    [InlineData(ConnectorKind.Certified, AnalysisMode.Default)]
    public async Task CustomConnectorOrDefaultMode_Off(ConnectorKind kind, AnalysisMode mode)
        => await Verify.VerifyAsync(new ConnectorTest { Kind = kind, Mode = mode, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { } } } }""" });

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
        => await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { } } } }""", ApiProperties = MicrosoftConnector.ApiProperties(publisher) });
}
