using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.VisibilityCaseRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1119Tests : ParameterPlacementTests<VisibilityCaseRule>
{
    protected override string DefectiveParameter => """{ "name": "id", "in": "path", "required": true, "type": "string", "x-ms-visibility": {|#0:"Advanced"|} }""";

    protected override DiagnosticDescriptor Expected => VisibilityCaseRule.Parameter;

    [Theory]
    [InlineData("\"important\"")]
    [InlineData("\"\"")]
    [InlineData("\"none\"")]
    [InlineData("\"hidden\"")]
    [InlineData("1")]
    public async Task LowerCaseEmptyOrUnknown_NoDiagnostic(string value)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "definitions": { "Item": { "type": "string", "x-ms-visibility": {{value}} } },
              "paths": { "/items": { "get": { "x-ms-visibility": {{value}}, "parameters": [ { "name": "top", "in": "query", "x-ms-visibility": {{value}} } ] } } } }
            """);
    }

    [Fact]
    public async Task OtherCase_WarnedAtTheValue_WithTheDocumentedSpelling()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "definitions": { "Item": { "type": "object", "properties": { "id": { "type": "string", "x-ms-visibility": {|#0:"Advanced"|} } } } },
              "paths": { "/items": { "get": { "operationId": "ListItems", "x-ms-visibility": {|#1:"INTERNAL"|},
                "parameters": [ { "name": "top", "in": "query", "x-ms-visibility": {|#2:"Important"|} },
                                { "name": "skip", "in": "query", "x-ms-visibility": {|#3:"None"|} } ] } } } }
            """,
            Verify.Diagnostic(VisibilityCaseRule.Schema).WithLocation(0).WithArguments("'/definitions/Item/properties/id'", "\"Advanced\"", "advanced").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("Schema '/definitions/Item/properties/id' has x-ms-visibility \"Advanced\"; it should be written \"advanced\""),
            Verify.Diagnostic(VisibilityCaseRule.Operation).WithLocation(1).WithArguments("'ListItems'", "\"INTERNAL\"", "internal"),
            Verify.Diagnostic(VisibilityCaseRule.Parameter).WithLocation(2).WithArguments("'top' (in query)", "\"Important\"", "important")
                .WithMessage("Parameter 'top' (in query) has x-ms-visibility \"Important\"; it should be written \"important\""),
            Verify.Diagnostic(VisibilityCaseRule.Parameter).WithLocation(3).WithArguments("'skip' (in query)", "\"None\"", "none"));
    }

    [Fact]
    public async Task OffInDefaultMode()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a": { "get": { "x-ms-visibility": "Advanced" } } } }""" });
}
