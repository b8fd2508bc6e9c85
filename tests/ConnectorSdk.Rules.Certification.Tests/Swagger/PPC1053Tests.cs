using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationIdLengthRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1053Tests
{
    private static string Swagger(string id) => $$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": {|#0:"{{id}}"|} } } } }""";

    [Fact]
    public async Task UpTo128_NoDiagnostic()
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "{{new string('A', 128)}}" } } } }""");

    [Fact]
    public async Task Over128_WarningWithLengthAndMaximum()
    {
        var id = new string('A', 129);
        await Verify.VerifySwaggerAsync(Swagger(id), Verify.Diagnostic().WithLocation(0).WithArguments(id, 129, 128).WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task ConfiguredMaximum_Applies()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = Swagger("ListAllTheItems"), EditorConfig = "root = true\n[*.json]\nconnectorsdk.max_operation_id_length = 10\n" },
            Verify.Diagnostic().WithLocation(0).WithArguments("ListAllTheItems", 15, 10));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("ten")]
    public async Task UnusableConfiguredValue_DefaultApplies(string value)
    {
        await Verify.VerifyAsync(new ConnectorTest
        {
            Swagger = """{ "swagger": "2.0", "paths": { "/items": { "get": { "operationId": "ListAllTheItems" } } } }""",
            EditorConfig = $"root = true\n[*.json]\nconnectorsdk.max_operation_id_length = {value}\n",
        });
    }
}
