using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.PublisherPlaceholderRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2025Tests
{
    [Fact]
    public async Task CertifiedTemplateText_ReportedOnBothValues()
    {
        await Verify.VerifyApiPropertiesAsync("""
            {
              "properties": {
                "publisher": {|#0:"Name of company or organization."|},
                "stackOwner": {|#1:"Name of the owner of the service or product."|}
              }
            }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("publisher", "\"Name of company or organization.\"").WithSeverity(DiagnosticSeverity.Warning),
            Verify.Diagnostic().WithLocation(1).WithMessage("'stackOwner' is \"Name of the owner of the service or product.\", the placeholder of Microsoft's apiProperties template; write the real name"));
    }

    [Theory]
    [InlineData("Full name or name of company or organization.")]
    [InlineData("full name or name of company or organization")]
    [InlineData("  Name of company or organization that connector is connecting to. ")]
    public async Task IndependentPublisherTemplateText_IgnoringCaseSpaceAndPeriod(string text)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "publisher": [|"{{text}}"|] } }
            """);
    }

    [Theory]
    [InlineData("Contoso")]
    [InlineData("Name of company or organization Ltd.")]
    [InlineData("Organization")]
    public async Task RealNames_NoDiagnostic(string name)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "publisher": "{{name}}", "stackOwner": "{{name}}" } }
            """);
    }

    [Fact]
    public async Task WrongTypes_NotChecked()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "publisher": ["Name of company or organization."], "stackOwner": null } }
            """);
    }

    [Fact]
    public async Task PlaceholdersAreConfigurable()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            EditorConfig = """
                root = true
                [*.json]
                connectorsdk.publisher_placeholders = TBD, Your company
                """,
            ApiProperties = """
                { "properties": { "publisher": [|"Your company"|], "stackOwner": "Name of company or organization." } }
                """,
        });
    }

    [Fact]
    public async Task CustomConnectors_NotChecked()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            ApiProperties = """{ "properties": { "publisher": "Name of company or organization." } }""",
        });
    }
}
