using System.Text;
using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DefinitionSizeRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1003Tests
{
    /// <summary>A valid swagger of exactly <paramref name="bytes"/> bytes (UTF-8), padded in its description.</summary>
    private static byte[] SwaggerOfSize(int bytes, bool bom = false)
    {
        const string Template = """{ "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0", "description": "" }, "paths": {} }""";
        var prefix = bom ? Encoding.UTF8.GetPreamble() : [];
        var padding = bytes - prefix.Length - Encoding.UTF8.GetByteCount(Template);
        return [.. prefix, .. Encoding.UTF8.GetBytes(Template.Replace("\"description\": \"\"", $"\"description\": \"{new string('a', padding)}\"", StringComparison.Ordinal))];
    }

    private static ConnectorTest WithSwagger(byte[] swagger, ConnectorKind kind = ConnectorKind.Certified)
    {
        var test = new ConnectorTest { Kind = kind };
        test.RawFiles[ConnectorFileKind.ApiDefinition] = swagger;
        return test;
    }

    [Fact]
    public async Task SmallDefinition_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "info": { "title": "Contoso", "version": "1.0" }, "paths": {} }
            """);
    }

    [Fact]
    public async Task OneByteUnderTheLimit_NoDiagnostic()
    {
        await Verify.VerifyAsync(WithSwagger(SwaggerOfSize(1_048_575)));
    }

    [Fact]
    public async Task ExactlyOneMegabyte_ReportedOnTheFile_WithItsSizeWithoutWhitespace()
    {
        // The template has 14 spaces between its tokens.
        await Verify.VerifyAsync(
            WithSwagger(SwaggerOfSize(1_048_576)),
            Verify.Diagnostic(DefinitionSizeRule.WhitespaceTooLarge).WithFile("apiDefinition.swagger.json").WithArguments("apiDefinition.swagger.json", 1_048_576, 1_048_562).WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task ByteOrderMark_CountsAsStored()
    {
        await Verify.VerifyAsync(
            WithSwagger(SwaggerOfSize(1_048_576, bom: true)),
            Verify.Diagnostic(DefinitionSizeRule.WhitespaceTooLarge).WithFile("apiDefinition.swagger.json").WithArguments("apiDefinition.swagger.json", 1_048_576, 1_048_559));
    }

    [Theory]
    [InlineData(ConnectorKind.IndependentPublisher)]
    [InlineData(ConnectorKind.Custom)]
    public async Task EveryKind_Reported(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            WithSwagger(SwaggerOfSize(2_000_000), kind),
            Verify.Diagnostic(DefinitionSizeRule.Rule).WithFile("apiDefinition.swagger.json").WithArguments("apiDefinition.swagger.json", 2_000_000, 1_999_986));
    }

    [Fact]
    public async Task RootThatIsNotAnObject_StillMeasured()
    {
        var array = Encoding.UTF8.GetBytes($"[\"{new string('a', 1_100_000)}\"]");
        await Verify.VerifyAsync(
            WithSwagger(array),
            Verify.Diagnostic(DefinitionSizeRule.Rule).WithFile("apiDefinition.swagger.json").WithArguments("apiDefinition.swagger.json", 1_100_004, 1_100_004));
    }

    [Fact]
    public async Task LargeOnlyByItsIndentation_SaysThatRemovingItIsEnough()
    {
        var indented = Encoding.UTF8.GetBytes("{\n" + string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{new string(' ', 30)}\"x-{i:D5}\": \"a b\",\n")) + "  \"swagger\": \"2.0\"\n}");
        await Verify.VerifyAsync(
            WithSwagger(indented),
            Verify.Diagnostic(DefinitionSizeRule.WhitespaceTooLarge).WithFile("apiDefinition.swagger.json").WithArguments("apiDefinition.swagger.json", indented.Length, 30_000 * 16 + 17));
    }
}
