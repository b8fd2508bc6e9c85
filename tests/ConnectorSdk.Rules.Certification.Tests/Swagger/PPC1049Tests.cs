using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ContactMembersRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1049Tests
{
    [Fact]
    public async Task MembersMissingBlankOrNotStrings_OneFindingOnTheContact()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { {|#0:"contact"|}: { "name": 42, "url": " " } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'name', 'url' and 'email'").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task OneMemberMissing_Named()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { {|#0:"contact"|}: { "name": "Contoso support", "url": "https://contoso.com/support" } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("'email'"));
    }

    [Fact]
    public async Task CompleteContact_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "info": { "contact": { "name": "Contoso support", "url": "https://contoso.com/support", "email": "support@contoso.com" } } }""");

    [Theory]
    [InlineData("{ \"info\": { } }")]
    [InlineData("{ \"info\": { \"contact\": [ ] } }")]
    public async Task NoContactObject_PPC1039sFinding_NotThisRule(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);

    [Fact]
    public async Task NotForMicrosoftsOwnConnectors()
        => await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "info": { "contact": { "name": "Microsoft" } } }""",
            ApiProperties = MicrosoftConnector.ApiProperties("Microsoft"),
        });

    [Fact]
    public async Task NotForCustomConnectors()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "info": { "contact": { } } }""" });

    [Fact]
    public async Task RecommendedMode_NotDefault()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "info": { "contact": { } } }""" });
}
