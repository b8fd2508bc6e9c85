using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.SummaryLengthRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1057Tests
{
    /// <summary>A swagger whose one summary has <paramref name="length"/> characters, marked as location 0 when it is reported.</summary>
    private static string Swagger(int length, bool reported = true)
    {
        var summary = $"\"{new string('a', length)}\"";
        return $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "GetItems", "summary": {{(reported ? $"{{|#0:{summary}|}}" : summary)}} } } } }""";
    }

    [Theory]
    [InlineData(1)]
    [InlineData(80)]
    public async Task UpToEighty_NoDiagnostic(int length)
        => await Verify.VerifySwaggerAsync(Swagger(length, reported: false));

    [Theory]
    [InlineData(81)]
    [InlineData(94)]
    [InlineData(119)]
    public async Task OverEighty_ErrorWithTheLength(int length)
    {
        await Verify.VerifySwaggerAsync(
            Swagger(length),
            Verify.Diagnostic().WithLocation(0).WithArguments("'GetItems'", length).WithSeverity(DiagnosticSeverity.Error)
                .WithMessage($"Operation 'GetItems' summary has {length} characters; certification allows at most 80"));
    }

    [Fact]
    public async Task Length_CountsCharactersNotBytes()
    {
        await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": "{{new string('é', 80)}}" } } } }""");
        await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": {|#0:"{{new string('é', 40)}}\u00e9{{new string('é', 40)}}"|} } } } }""",
            Verify.Diagnostic().WithLocation(0).WithArguments("GET /items", 81));
    }

    [Fact]
    public async Task From120On_LeftToPPC1184()
        => await Verify.VerifySwaggerAsync(Swagger(120, reported: false));

    [Fact]
    public async Task CustomConnector_Warning()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = Swagger(100) },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task NotAString_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/items": { "get": { "summary": 12345678901234567890123456789012345678901234567890123456789012345678901234567890123 } } } }""");
}
