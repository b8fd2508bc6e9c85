using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.TestConnectionCapabilityRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1158Tests
{
    private const string Paths = """ "paths": { "/me": { "get": { "operationId": "GetMe" } } } """;

    [Fact]
    public async Task OperationIdAndParameters_NoDiagnostic()
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "GetMe", "parameters": { "top": 1 } } }, {{Paths}} }""");

    [Fact]
    public async Task FilePickerOnly_NoDiagnostic()
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "x-ms-capabilities": { "file-picker": { "open": { "operationId": "GetMe" } } }, {{Paths}} }""");

    [Fact]
    public async Task UnknownOperationId_LeftToPPC1055()
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "Nowhere" } }, {{Paths}} }""");

    [Fact]
    public async Task CapabilitiesNotAnObject_Error()
        => await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "x-ms-capabilities": {|#0:"testConnection"|}, {{Paths}} }""",
            Verify.Diagnostic(TestConnectionCapabilityRule.WrongType).WithLocation(0)
                .WithMessage("x-ms-capabilities is a string; expected an object, as in \"x-ms-capabilities\": { \"testConnection\": { \"operationId\": \"CheckConnection\", \"parameters\": { } } }"));

    [Fact]
    public async Task TestConnectionNotAnObject_Error()
        => await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "x-ms-capabilities": { "testConnection": {|#0:"GetMe"|} }, {{Paths}} }""",
            Verify.Diagnostic(TestConnectionCapabilityRule.WrongType).WithLocation(0).WithArguments("x-ms-capabilities.testConnection is a string"));

    [Fact]
    public async Task NoOperationId_ErrorAtTestConnection()
        => await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "x-ms-capabilities": { {|#0:"testConnection"|}: { "operation": "GetMe" } }, {{Paths}} }""",
            Verify.Diagnostic(TestConnectionCapabilityRule.OperationIdMissing).WithLocation(0));

    [Fact]
    public async Task ParametersAsAList_Error()
        => await Verify.VerifySwaggerAsync(
            $$"""{ "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "GetMe", "parameters": {|#0:[ { "top": 1 } ]|} } }, {{Paths}} }""",
            Verify.Diagnostic(TestConnectionCapabilityRule.WrongType).WithLocation(0).WithArguments("x-ms-capabilities.testConnection.parameters is an array"));
}
