using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.ApiProperties;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.ApiProperties.StackOwnerRequiredRule>;

namespace ConnectorSdk.Rules.Certification.Tests.ApiProperties;

public sealed class PPC2006Tests
{
    [Theory]
    [InlineData("Contoso, Ltd.")]
    [InlineData("Fördős András")]
    [InlineData("Troy Taylor, Hitachi Solutions")]
    public async Task Named_NoDiagnostic(string stackOwner)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "iconBrandColor": "#1f6fb2", "stackOwner": "{{stackOwner}}" } }
            """);
    }

    [Fact]
    public async Task Missing_ReportedOnPropertiesName()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { {|#0:"properties"|}: { "iconBrandColor": "#1f6fb2", "publisher": "Contoso" } }
            """,
            Verify.Diagnostic(StackOwnerRequiredRule.Missing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"-\"")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("[\"Contoso\"]")]
    public async Task NotAName_ReportedOnValueWithTheValueFound(string json)
    {
        await Verify.VerifyApiPropertiesAsync($$"""
            { "properties": { "stackOwner": {|#0:{{json}}|} } }
            """,
            Verify.Diagnostic(StackOwnerRequiredRule.NotAName).WithLocation(0).WithArguments(json));
    }

    [Fact]
    public async Task Message_SaysWhatToWrite()
    {
        await Verify.VerifyApiPropertiesAsync("""
            { "properties": { "stackOwner": {|#0:""|} } }
            """,
            Verify.Diagnostic(StackOwnerRequiredRule.NotAName).WithLocation(0).WithMessage(
                "'stackOwner' is \"\", not a name; certification requires the name of the company or organization that owns the service the connector calls"));
    }

    [Theory]
    [InlineData(ConnectorKind.Certified)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task CertificationKinds_AnErrorInDefaultMode(ConnectorKind kind)
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = kind,
            Mode = AnalysisMode.Default,
            ApiProperties = """{ [|"properties"|]: { } }""",
        });
    }

    [Fact]
    public async Task CustomConnectors_NotChecked()
    {
        await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, ApiProperties = """{ "properties": { } }""" });
    }

    [Fact]
    public async Task MicrosoftAsPublisher_NotChecked()
    {
        await Verify.VerifyApiPropertiesAsync("""{ "properties": { "publisher": "Microsoft Corporation" } }""");
    }

    [Fact]
    public async Task MicrosoftsOwnConnector_NotChecked()
    {
        // Without a publisher, a host Microsoft owns marks the connector as Microsoft's own.
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "host": "graph.microsoft.com", "paths": {} }""",
            ApiProperties = """{ "properties": { "iconBrandColor": "#1f6fb2" } }""",
        });
    }

    [Theory]
    [InlineData("\"properties\": []")]
    [InlineData("\"properties\": null")]
    [InlineData("\"stackOwner\": \"Contoso\"")]
    public async Task PropertiesMissingOrNotAnObject_NotChecked(string member)
    {
        await Verify.VerifyApiPropertiesAsync($$"""{ {{member}} }""");
    }
}
