using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
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
            Verify.Diagnostic(DescriptionRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\" \"", "")]
    [InlineData("true", "a boolean")]
    [InlineData("{ }", "an object")]
    public async Task BlankOrNotAString_ReportedOnValue(string description, string type)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "description": {|#0:{{description}}|} } }
            """,
            type.Length == 0
                ? Verify.Diagnostic(DescriptionRequiredRule.Blank).WithLocation(0)
                : Verify.Diagnostic(DescriptionRequiredRule.NotString).WithLocation(0).WithArguments(type));
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
