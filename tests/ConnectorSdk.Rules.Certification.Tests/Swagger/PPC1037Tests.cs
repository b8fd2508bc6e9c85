using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DescriptionLengthRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1037Tests
{
    [Fact]
    public async Task ShortDescription_ReportedWithLength()
    {
        await Verify.VerifySwaggerAsync("""
            { "info": { "description": {|#0:"Contoso tasks."|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("\"Contoso tasks.\"", 14).WithSeverity(DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData(29)]
    [InlineData(501)]
    [InlineData(2000)]
    public async Task OutOfRange_Reported(int length)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "description": [|"{{new string('a', length)}}"|] } }""");

    [Theory]
    [InlineData(30)]
    [InlineData(200)]
    [InlineData(500)]
    public async Task InRange_NoDiagnostic(int length)
        => await Verify.VerifySwaggerAsync($$"""{ "info": { "description": "{{new string('a', length)}}" } }""");

    [Fact]
    public async Task LongDescription_ShownShortened()
    {
        await Verify.VerifySwaggerAsync($$"""
            { "info": { "description": {|#0:"{{new string('a', 600)}}"|} } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("\"" + new string('a', 59) + "…", 600));
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    public async Task NotForCustomConnectors(ConnectorKind kind)
        => await Verify.VerifyAsync(new ConnectorTest { Kind = kind, Swagger = """{ "info": { "description": "Short." } }""" });

    [Theory]
    [InlineData("{ \"info\": { \"description\": 12 } }")]
    [InlineData("{ \"info\": { \"description\": \"\" } }")]
    [InlineData("{ \"info\": { \"description\": [\"short\"] } }")]
    public async Task OddJson_LeftToPPC1036(string swagger)
        => await Verify.VerifySwaggerAsync(swagger);
}
