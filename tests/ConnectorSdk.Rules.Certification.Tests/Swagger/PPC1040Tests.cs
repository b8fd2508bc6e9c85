using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ContactFormatRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1040Tests
{
    [Fact]
    public async Task BadEmail_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "contact": { "email": {|#0:"support at contoso.com"|} } } }
            """,
            Verify.Diagnostic(ContactFormatRule.Email).WithLocation(0).WithArguments("\"support at contoso.com\"").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"contoso.com/support\"")]
    [InlineData("\"/support\"")]
    [InlineData("\"ftp://contoso.com\"")]
    [InlineData("\"https://\"")]
    [InlineData("\"https://contoso.com/a b\"")]
    [InlineData("12")]
    [InlineData("[\"https://contoso.com\"]")]
    public async Task BadUrl_Reported(string url)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "contact": { "url": [|{{url}}|] } } }""");

    [Theory]
    [InlineData("\"support@\"")]
    [InlineData("\"@contoso.com\"")]
    [InlineData("\"support@contoso\"")]
    [InlineData("\"süpport@contoso.com\"")]
    [InlineData("\"mailto:support@contoso.com\"")]
    [InlineData("true")]
    public async Task OtherBadEmails_Reported(string email)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "contact": { "email": [|{{email}}|] } } }""");

    [Theory]
    [InlineData("{ \"name\": \"Contoso\", \"url\": \"https://contoso.com/support\", \"email\": \"support@contoso.com\" }")]
    [InlineData("{ \"url\": \"http://contoso.com\", \"email\": \"first.last+tag@mail.contoso.co.uk\" }")]
    [InlineData("{ \"url\": \"\", \"email\": \"\" }")]
    [InlineData("{ \"url\": null, \"email\": null }")]
    [InlineData("{ }")]
    public async Task WellFormedOrAbsent_NoDiagnostic(string contact)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "contact": {{contact}} } }""");

    [Fact]
    public async Task CustomConnectorsToo()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "info": { "contact": { "email": [|"nobody"|] } } }""" });

    [Theory]
    [InlineData("{ \"info\": { \"contact\": \"support@contoso.com\" } }")]
    [InlineData("{ \"info\": { \"contact\": [ { \"email\": \"x\" } ] } }")]
    [InlineData("{ \"info\": true }")]
    public async Task OddJson_NoDiagnostic(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
