using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DescriptionRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1036Tests
{
    [Fact]
    public async Task NoDescription_ReportedOnInfo()
    {
        await Verify.VerifySwaggerAsync("""
            { {|#0:"info"|}: { "title": "Contoso" } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'info' has no 'description'").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\" \"", "'info.description' is blank")]
    [InlineData("true", "'info.description' is a boolean, not a string")]
    [InlineData("{ }", "'info.description' is an object, not a string")]
    public async Task BlankOrNotAString_ReportedOnValue(string description, string problem)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "description": {|#0:{{description}}|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments(problem));
    }

    [Fact]
    public async Task Description_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "info": { "description": "Contoso manages tasks." } }""");

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"info\": 1 }")]
    [InlineData("1")]
    public async Task NoInfoObject_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { } }""" });
}
