using ConnectorSdk.Rules.BreakingChanges.Rules;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.BreakingChanges.Rules.EndpointChangedRule>;

namespace ConnectorSdk.Rules.BreakingChanges.Tests.Rules;

public sealed class PPC7022Tests
{
    [Fact]
    public async Task HostAndBasePathChanged_ReportedAtTheirValues()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""),
            """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": {|#0:"api.contoso.net"|}, "basePath": {|#1:"/v2"|}, "paths": {} }""",
            Verify.Diagnostic(EndpointChangedRule.Host).WithLocation(0).WithArguments("api.contoso.com", "api.contoso.net"),
            Verify.Diagnostic(EndpointChangedRule.BasePath).WithLocation(1).WithArguments("/", "/v2"));
    }

    [Fact]
    public async Task LetterCaseOrTrailingSlash_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "API.contoso.com", "basePath": "/v1/", "paths": {} }""",
            """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "api.contoso.com", "basePath": "/v1", "paths": {} }""");
    }

    [Fact]
    public async Task BasePathAddedWhereTheRootWasImplied_ReportedAtItsValue()
    {
        await Verify.VerifyAgainstBaselineAsync(
            """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "api.contoso.com", "paths": {} }""",
            """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "api.contoso.com", "basePath": {|#0:"/v2"|}, "paths": {} }""",
            Verify.Diagnostic(EndpointChangedRule.BasePath).WithLocation(0).WithArguments("/", "/v2"));
    }

    [Fact]
    public async Task RootBasePathWrittenOrLeftOut_NotReported()
    {
        await Verify.VerifyAgainstBaselineAsync(
            Swaggers.With(""),
            """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "api.contoso.com", "paths": {} }""");
        await Verify.VerifyAgainstBaselineAsync(
            """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "api.contoso.com", "paths": {} }""",
            Swaggers.With(""));
    }
}
