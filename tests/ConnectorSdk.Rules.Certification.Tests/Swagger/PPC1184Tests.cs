using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummaryLimitRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1184Tests
{
    [Theory]
    [InlineData(80)]
    [InlineData(119)]
    public async Task ShorterThan120_NoDiagnostic(int length)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "post": { "summary": "{{new string('x', length)}}" } } } }""");

    [Theory]
    [InlineData(ConnectorKind.Certified, 120)]
    [InlineData(ConnectorKind.IndependentPublisher, 150)]
    [InlineData(ConnectorKind.Custom, 200)]
    public async Task From120On_ErrorForEveryKind(ConnectorKind kind, int length)
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Kind = kind,
                Mode = AnalysisMode.Default,
                Swagger = $$"""{ "swagger": "2.0", "paths": { "/items": { "post": { "summary": {|#0:"{{new string('x', length)}}"|} } } } }""",
            },
            Verify.Diagnostic().WithLocation(0).WithArguments("POST /items", length).WithSeverity(DiagnosticSeverity.Error));
    }
}
