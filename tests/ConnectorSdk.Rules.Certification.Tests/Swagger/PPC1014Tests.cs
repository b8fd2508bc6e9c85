using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TagNameUniqueRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1014Tests
{
    [Fact]
    public async Task DistinctTags_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "tags": [ { "name": "Pets" }, { "name": "pets" }, { "name": "Stores" } ] }
            """);
    }

    [Fact]
    public async Task EachLaterDuplicate_ReportedNamingTheFirst()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "tags": [
              { "name": "Pets" },
              { "name": "Stores" },
              { "name": {|#0:"Pets"|}, "description": "again" },
              { "name": {|#1:"Pets"|} } ] }
            """,
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("Pets", 0),
            Verify.Diagnostic().WithLocation(1).WithArguments("Pets", 0));
    }

    [Theory]
    [InlineData("\"tags\": {}")]
    [InlineData("\"tags\": [ 1, null, \"Pets\", [], { \"name\": 3 }, { \"name\": 3 }, {} ]")]
    [InlineData("\"tags\": null")]
    public async Task OddShapes_NoDiagnosticAndNoFailure(string tags)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "paths": {}, {{tags}} }
            """);
    }

    [Fact]
    public async Task CustomConnector_Reported()
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Kind = ConnectorKind.Custom,
            Swagger = """{ "swagger": "2.0", "paths": {}, "tags": [ { "name": "A" }, { "name": [|"A"|] } ] }""",
        });
    }
}
