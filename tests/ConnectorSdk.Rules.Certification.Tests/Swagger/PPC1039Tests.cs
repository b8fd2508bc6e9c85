using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ContactRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1039Tests
{
    [Fact]
    public async Task NoContact_ReportedOnInfo()
    {
        await Verify.VerifySwaggerAsync("""
            { {|#0:"info"|}: { "title": "Contoso" } }
            """,
            Verify.Diagnostic(ContactRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"support@contoso.com\"", "a string")]
    [InlineData("[]", "an array")]
    [InlineData("null", "null")]
    public async Task ContactNotAnObject_Reported(string contact, string kind)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "contact": {|#0:{{contact}}|} } }
            """,
            Verify.Diagnostic(ContactRequiredRule.NotObject).WithLocation(0).WithArguments(kind));
    }

    [Fact]
    public async Task ContactMissingMembers_NotThisRule()
        => await Verify.VerifySwaggerAsync("""{ "info": { "contact": { "name": 42 } } }""");

    [Fact]
    public async Task CompleteContact_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "info": { "contact": { "name": "Contoso support", "url": "https://contoso.com/support", "email": "support@contoso.com" } } }""");

    [Theory]
    [InlineData("Microsoft", "api.contoso.com")]
    [InlineData("Microsoft Corporation", "api.contoso.com")]
    [InlineData(null, "graph.microsoft.com")]
    public async Task NotForMicrosoftsOwnConnectors(string? publisher, string host)
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = $$"""{ "host": "{{host}}", "info": { "title": "Microsoft School Data Sync" } }""",
            ApiProperties = MicrosoftConnector.ApiProperties(publisher),
        });

    [Fact]
    public async Task OtherPublisherOnAMicrosoftHost_Reported()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "host": "graph.microsoft.com", [|"info"|]: { "title": "Contoso for Graph" } }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Contoso"),
        });

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { } }""" });

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"info\": [ ] }")]
    public async Task NoInfoObject_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
