using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.FormDataNameRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1099Tests : ParameterPlacementTests<FormDataNameRule>
{
    protected override string DefectiveParameter => """{ "name": {|#0:"Gr\u00f6\u00dfe"|}, "in": "formData", "type": "string" }""";

    protected override DiagnosticDescriptor Expected => FormDataNameRule.Rule;

    [Fact]
    public async Task AsciiFormNames_AndNonAsciiNamesElsewhere_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/files": { "post": { "parameters": [
              { "name": "file_name-1.txt", "in": "formData", "type": "string" },
              { "name": "Größe", "in": "query", "type": "string" } ] } } } }
            """);
    }

    [Theory]
    [InlineData("Größe")]
    [InlineData("file\u00A0name")]
    [InlineData("名前")]
    public async Task NonAsciiFormName_ReportedAtTheName(string name)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": { "/files": { "post": { "parameters": [ { "name": {|#0:"{{name}}"|}, "in": "formData", "type": "string" } ] } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments($"'{name}' (in formData)").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage($"Form data parameter '{name}' (in formData) has characters outside US-ASCII in its name; the platform sends form field names in US-ASCII only: rename it"));
    }

    [Fact]
    public async Task EscapedNonAsciiName_Reported()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/f": { "post": { "parameters": [ { "name": [|"Gr\u00f6\u00dfe"|], "in": "formData" } ] } } } }""");
}
