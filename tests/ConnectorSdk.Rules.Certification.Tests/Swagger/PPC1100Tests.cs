using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.AllowEmptyValueRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1100Tests : ParameterPlacementTests<AllowEmptyValueRule>
{
    protected override string DefectiveParameter => """{ "name": "id", "in": "path", "required": true, "type": "string", {|#0:"allowEmptyValue"|}: true }""";

    protected override DiagnosticDescriptor Expected => AllowEmptyValueRule.Rule;

    [Theory]
    [InlineData("query", "true")]
    [InlineData("formData", "true")]
    [InlineData("header", "false")]
    [InlineData("path", "false")]
    public async Task AllowedOrFalse_NoDiagnostic(string location, string value)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a/{p}": { "get": { "parameters": [ { "name": "p", "in": "{{location}}", "type": "string", "allowEmptyValue": {{value}} } ] } } } }""");

    [Theory]
    [InlineData("header", "true")]
    [InlineData("path", "true")]
    [InlineData("body", "true")]
    [InlineData("header", "\"yes\"")]
    public async Task ElsewhereThanQueryOrFormData_ReportedAtTheKeyword(string location, string value)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/a/{p}": { "get": { "parameters": [ { "name": "p", "in": "{{location}}", "type": "string", {|#0:"allowEmptyValue"|}: {{value}} } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments($"'p' (in {location})").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage($"Parameter 'p' (in {location}) sets allowEmptyValue, which only query and form data parameters may: remove it"));
    }
}
