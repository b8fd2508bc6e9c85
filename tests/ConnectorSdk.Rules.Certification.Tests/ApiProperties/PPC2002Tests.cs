using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.BrandColorFormatRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2002Tests
{
    [Theory]
    [InlineData("#da3b01")]
    [InlineData("#DA3B01")]
    [InlineData("#0aF9c3")]
    [InlineData("#000000")]
    public async Task HexColor_NoDiagnostic(string color)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            {
              "properties": {
                "iconBrandColor": "{{color}}",
                "publisher": "Contoso"
              }
            }
            """);
    }

    [Fact]
    public async Task MissingColor_ReportedOnPropertiesName()
    {
        await Verify.VerifyApiPropertiesAsync("""
            {
              {|PPC2002:"properties"|}: {
                "publisher": "Contoso"
              }
            }
            """);
    }

    [Fact]
    public async Task EmptyPropertiesObject_ReportsMissingColor()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { {|PPC2002:"properties"|}: {} }
            """);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"red\"")]
    [InlineData("\"da3b01\"")]
    [InlineData("\"#da3b0\"")]
    [InlineData("\"#da3b011\"")]
    [InlineData("\"#fff\"")]
    [InlineData("\"#gg3b01\"")]
    [InlineData("\" #da3b01\"")]
    [InlineData("\"#da3b01 \"")]
    [InlineData("\"#da3b01\\n\"")]
    [InlineData("\"rgb(218, 59, 1)\"")]
    public async Task MalformedString_ReportedOnValueWithTheValueFound(string json)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            {
              "properties": {
                "iconBrandColor": {|#0:{{json}}|}
              }
            }
            """,
            Verify.Diagnostic("PPC2002").WithLocation(0).WithArguments(json));
    }

    [Fact]
    public async Task Message_NamesTheValueFound()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "iconBrandColor": {|#0:"blue"|} } }
            """,
            Verify.Diagnostic("PPC2002").WithLocation(0).WithArguments("\"blue\"").WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[\"#da3b01\"]")]
    [InlineData("{\"value\":\"#da3b01\"}")]
    public async Task WrongJsonType_ReportedOnValue(string json)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            {
              "properties": {
                "iconBrandColor": {|#0:{{json}}|}
              }
            }
            """,
            Verify.Diagnostic("PPC2002").WithLocation(0).WithArguments(json));
    }

    [Theory]
    [InlineData("\"properties\": []")]
    [InlineData("\"properties\": \"#da3b01\"")]
    [InlineData("\"properties\": null")]
    [InlineData("\"iconBrandColor\": \"#da3b01\"")]
    public async Task PropertiesMissingOrNotAnObject_LeftToTheStructureRule(string member)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { {{member}} }
            """);
    }

    [Fact]
    public async Task NestedIconBrandColorElsewhere_IsNotTheConnectorColor()
    {
        await Verify.VerifyApiPropertiesAsync("""
            {
              "properties": {
                "iconBrandColor": "#1f6fb2",
                "connectionParameters": { "iconBrandColor": "nope" }
              }
            }
            """);
    }

    [Theory]
    [InlineData(ConnectorKind.Certified)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    [InlineData(ConnectorKind.Custom)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Kind = kind,
                ApiProperties = """
                    { "properties": { "iconBrandColor": {|#0:"#12"|} } }
                    """,
            },
            Verify.Diagnostic("PPC2002").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task OnInDefaultMode()
    {
        await Verify.VerifyAsync(
            new ConnectorTest
            {
                Mode = AnalysisMode.Default,
                ApiProperties = """
                    { {|PPC2002:"properties"|}: { } }
                    """,
            });
    }

    [Fact]
    public async Task NoApiPropertiesFile_NoDiagnostic()
    {
        await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0" }""" });
    }
}
