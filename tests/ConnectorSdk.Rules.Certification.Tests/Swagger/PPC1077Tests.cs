using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DeprecationMarkRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1077Tests
{
    [Theory]
    [InlineData("Get items (deprecated)", "Gets the items (deprecated)")]
    [InlineData("Get items (Deprecated)", "Gets the items. (deprecated).")]
    public async Task DeprecatedAndMarked_NoDiagnostic(string summary, string description)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "get": { "deprecated": true, "summary": "{{summary}}", "description": "{{description}}" } } } }""");

    [Fact]
    public async Task DeprecatedButUnmarked_WarningOnEachText()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetItems", "deprecated": true, "summary": {|#0:"Get items"|}, "description": {|#1:"Gets the items."|} } } } }""",
            Verify.Diagnostic(DeprecationMarkRule.Unmarked).WithLocation(0).WithArguments("'GetItems'", "summary").WithSeverity(DiagnosticSeverity.Warning),
            Verify.Diagnostic(DeprecationMarkRule.Unmarked).WithLocation(1).WithArguments("'GetItems'", "description"));
    }

    [Fact]
    public async Task MarkedButNotDeprecated_WarningOnTheSummary()
    {
        await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetItems", "deprecated": false, "summary": {|#0:"Get items (deprecated)"|} } } } }""",
            Verify.Diagnostic(DeprecationMarkRule.NotFlagged).WithLocation(0).WithArguments("'GetItems'"));
    }

    [Fact]
    public async Task MissingTextsOrWrongTypes_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/a": { "get": { "deprecated": true, "description": 7 }, "post": { "deprecated": "yes", "summary": "Add" } } } }""");
}
