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
            Verify.Diagnostic(ContactRequiredRule.Missing).WithLocation(0).WithArguments("info", "contact").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task MissingMembers_ReportedOnContact()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { {|#0:"contact"|}: { "name": "Contoso support", "url": {|#1:""|} } } }
            """,
            Verify.Diagnostic(ContactRequiredRule.Blank).WithLocation(1).WithArguments("info.contact.url"),
            Verify.Diagnostic(ContactRequiredRule.Missing).WithLocation(0).WithArguments("info.contact", "email"));
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
    public async Task MemberNotAString_Reported()
        => await Verify.VerifySwaggerAsync("""{ "info": { "contact": { "name": [|42|], "url": "https://contoso.com", "email": "a@contoso.com" } } }""");

    [Fact]
    public async Task CompleteContact_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "info": { "contact": { "name": "Contoso support", "url": "https://contoso.com/support", "email": "support@contoso.com" } } }""");

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { } }""" });

    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"info\": [ ] }")]
    public async Task NoInfoObject_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
