using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.VerifiedPublisherBrandColorRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2003Tests
{
    [Theory]
    [InlineData("#007ee5")]
    [InlineData("#007EE5")]
    [InlineData("#007Ee5")]
    [InlineData("#ffffff")]
    [InlineData("#FFFFFF")]
    public async Task DefaultOrWhite_ReportedOnValue(string color)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            {
              "properties": {
                "iconBrandColor": {|#0:"{{color}}"|}
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments($"\"{color}\"").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("#1f6fb2")]
    [InlineData("#007ee4")]
    [InlineData("#fffffe")]
    [InlineData("#000000")]
    [InlineData("#da3b01")]
    public async Task OwnBrandColor_NoDiagnostic(string color)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "iconBrandColor": "{{color}}" } }
            """);
    }

    [Fact]
    public async Task SpanMarkup()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "publisher": "Contoso", "iconBrandColor": [|"#FFFFFF"|] } }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.IndependentPublisher)]
    [InlineData(ConnectorKind.Custom)]
    public async Task OnlyVerifiedPublishers(ConnectorKind kind)
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = kind,
            ApiProperties = """
                { "properties": { "iconBrandColor": "#007ee5" } }
                """,
        });
    }

    [Fact]
    public async Task OnInDefaultMode()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Mode = AnalysisMode.Default,
            ApiProperties = """
                { "properties": { "iconBrandColor": [|"#007ee5"|] } }
                """,
        });
    }

    [Theory]
    [InlineData("\"properties\": { }")]
    [InlineData("\"properties\": { \"iconBrandColor\": null }")]
    [InlineData("\"properties\": { \"iconBrandColor\": 16777215 }")]
    [InlineData("\"properties\": { \"iconBrandColor\": [\"#ffffff\"] }")]
    [InlineData("\"properties\": { \"iconBrandColor\": \"#ffffff \" }")]
    [InlineData("\"properties\": { \"iconBrandColor\": \"white\" }")]
    [InlineData("\"properties\": [ \"#ffffff\" ]")]
    [InlineData("\"properties\": \"#ffffff\"")]
    [InlineData("\"iconBrandColor\": \"#ffffff\"")]
    public async Task MissingOrMalformed_LeftToPPC2002(string member)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { {{member}} }
            """);
    }
}
