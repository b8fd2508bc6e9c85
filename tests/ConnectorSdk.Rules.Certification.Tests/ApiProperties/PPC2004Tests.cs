using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.IndependentPublisherBrandColorRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2004Tests
{
    private static Task VerifyIndependentPublisherAsync(string apiProperties, params DiagnosticResult[] expected)
        => Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.IndependentPublisher, ApiProperties = apiProperties }, expected);

    [Theory]
    [InlineData("#da3b01")]
    [InlineData("#DA3B01")]
    [InlineData("#Da3b01")]
    public async Task TemplateColor_NoDiagnostic(string color)
    {
        await VerifyIndependentPublisherAsync($$"""
            { "properties": { "iconBrandColor": "{{color}}" } }
            """);
    }

    [Theory]
    [InlineData("#007ee5")]
    [InlineData("#ffffff")]
    [InlineData("#da3b02")]
    [InlineData("#1F6FB2")]
    public async Task OtherColor_ReportedOnValueWithTheValueFound(string color)
    {
        await VerifyIndependentPublisherAsync($$"""
            {
              "properties": {
                "iconBrandColor": {|#0:"{{color}}"|},
                "publisher": "Jane Doe"
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments($"\"{color}\"").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task SpanMarkup()
    {
        await VerifyIndependentPublisherAsync("""
            { "properties": { "iconBrandColor": {|PPC2004:"#0078d4"|} } }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.Certified)]
    [InlineData(ConnectorKind.Custom)]
    public async Task OnlyIndependentPublishers(ConnectorKind kind)
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = kind,
            ApiProperties = """
                { "properties": { "iconBrandColor": "#0078d4" } }
                """,
        });
    }

    [Fact]
    public async Task OnInDefaultMode()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.IndependentPublisher,
            Mode = AnalysisMode.Default,
            ApiProperties = """
                { "properties": { "iconBrandColor": [|"#0078d4"|] } }
                """,
        });
    }

    [Theory]
    [InlineData("\"properties\": { }")]
    [InlineData("\"properties\": { \"iconBrandColor\": \"\" }")]
    [InlineData("\"properties\": { \"iconBrandColor\": \"da3b01\" }")]
    [InlineData("\"properties\": { \"iconBrandColor\": 14301953 }")]
    [InlineData("\"properties\": { \"iconBrandColor\": { \"color\": \"#ff0000\" } }")]
    [InlineData("\"properties\": true")]
    [InlineData("\"iconBrandColor\": \"#ff0000\"")]
    public async Task MissingOrMalformed_LeftToPPC2002(string member)
    {
        await VerifyIndependentPublisherAsync($$"""
            { {{member}} }
            """);
    }
}
