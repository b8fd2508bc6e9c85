using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ChunkTransferRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1160Tests
{
    [Fact]
    public async Task BooleanChunkTransfer_NoDiagnostic()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "paths": { "/files": { "post": { "operationId": "UploadFile", "x-ms-capabilities": { "chunkTransfer": true } } } } }""");

    [Fact]
    public async Task ConnectorLevelCapabilities_LeftToPPC1158()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "x-ms-capabilities": { "testConnection": { "operationId": "Ping" }, "chunkTransfer": "yes" }, "paths": { } }""");

    [Fact]
    public async Task ChunkTransferAsText_Error()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/files": { "post": { "operationId": "UploadFile", "x-ms-capabilities": { "chunkTransfer": {|#0:"true"|} } } } } }""",
            Verify.Diagnostic(ChunkTransferRule.NotBoolean).WithLocation(0).WithArguments("'UploadFile'", "\"true\"")
                .WithMessage("The x-ms-capabilities.chunkTransfer of operation 'UploadFile' is \"true\"; expected true or false"));

    [Fact]
    public async Task CapabilitiesNotAnObject_Error()
        => await Verify.VerifySwaggerAsync(
            """{ "swagger": "2.0", "paths": { "/files": { "post": { "operationId": "UploadFile", "x-ms-capabilities": {|#0:[ "chunkTransfer" ]|} } } } }""",
            Verify.Diagnostic(ChunkTransferRule.NotObject).WithLocation(0).WithArguments("'UploadFile'", "an array")
                .WithMessage("The x-ms-capabilities of operation 'UploadFile' is an array; expected an object such as { \"chunkTransfer\": true }"));
}
