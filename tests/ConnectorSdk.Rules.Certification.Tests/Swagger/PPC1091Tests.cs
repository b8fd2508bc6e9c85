using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ParameterDescriptionRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1091Tests : ParameterTextRequiredTests<ParameterDescriptionRequiredRule>
{
    protected override string Member => "description";

    protected override DiagnosticDescriptor Missing => ParameterDescriptionRequiredRule.Missing;

    protected override DiagnosticDescriptor Blank => ParameterDescriptionRequiredRule.Blank;

    [Fact]
    public async Task Message_NamesTheParameterAndWhatIsExpected()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ { "name": {|#0:"filter"|}, "in": "query", "type": "string", "x-ms-summary": "Filter" } ] } } } }
            """,
            Verify.Diagnostic(ParameterDescriptionRequiredRule.Missing).WithLocation(0)
                .WithMessage("Parameter 'filter' (in query) has no description; certification requires a sentence that says what the input is for"));
    }
}
