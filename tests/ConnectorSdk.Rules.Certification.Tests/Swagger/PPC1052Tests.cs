using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationIdSanitizedRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1052Tests
{
    [Theory]
    [InlineData("ListItems")]
    [InlineData("GetItemV2")]
    [InlineData("listItems2")]
    public async Task LettersAndDigits_NoDiagnostic(string id)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "{{id}}" } } } }""");

    [Theory]
    [InlineData("List_Items", "'_'")]
    [InlineData("list-items.v2", "'-' and '.'")]
    [InlineData("Get item", "' '")]
    [InlineData("GetÉlément", "'É' and 'é'")]
    public async Task OtherCharacters_WarningNamingThem(string id, string found)
    {
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": {|#0:"{{id}}"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments($"'{id}'", id, found).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    [InlineData("42")]
    public async Task BlankOrNotAString_LeftToPPC1050(string id)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": {{id}} } } } }""");

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "get_a" } } } }""" });
}
