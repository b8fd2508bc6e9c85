using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ParameterSummaryRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1090Tests : ParameterTextRequiredTests<ParameterSummaryRequiredRule>
{
    protected override string Member => "x-ms-summary";

    protected override DiagnosticDescriptor Missing => ParameterSummaryRequiredRule.Missing;

    protected override DiagnosticDescriptor Blank => ParameterSummaryRequiredRule.Blank;

    [Fact]
    public async Task Message_NamesTheParameterAndWhatIsExpected()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "parameters": [ { "name": {|#0:"filter"|}, "in": "query", "type": "string", "description": "An OData filter." } ] } } } }
            """,
            Verify.Diagnostic(ParameterSummaryRequiredRule.Missing).WithLocation(0)
                .WithMessage("Parameter 'filter' (in query) has no x-ms-summary; certification requires a short label for the input, in title case"));
    }
}
