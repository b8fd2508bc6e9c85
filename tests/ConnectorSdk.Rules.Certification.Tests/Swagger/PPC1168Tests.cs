using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicTreeRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1168Tests
{
    [Fact]
    public async Task FilePickerWithItsTree_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "parameters": {
              "Path": { "name": "path", "in": "query", "type": "string",
                "x-ms-dynamic-values": { "capability": "file-picker", "parameters": { "isFolder": false }, "value-path": "path" },
                "x-ms-dynamic-tree": { "settings": { "canSelectLeafNodes": true },
                  "open": { "operationId": "ListRoot", "itemValuePath": "path" },
                  "browse": { "operationId": "ListFolder", "itemValuePath": "path", "parameters": { "path": { "selectedItemValuePath": "path" } } } } },
              "List": { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-path": "id" } } } }
            """);
    }

    [Fact]
    public async Task FilePickerWithoutTreeOrSelectedItemInOpen_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "parameters": {
              "File": { "name": "file", "in": "query", "type": "string", {|#0:"x-ms-dynamic-values"|}: { "capability": "file-picker", "value-path": "path" } },
              "Path": { "name": "path", "in": "query", "type": "string",
                "x-ms-dynamic-values": { "capability": "file-picker", "value-path": "path" },
                "x-ms-dynamic-tree": { "open": { "operationId": "ListRoot", "parameters": { "path": { {|#1:"selectedItemValuePath"|}: "path" } } },
                  "browse": { "operationId": "ListFolder" } } } } }
            """,
            Verify.Diagnostic(DynamicTreeRule.TreeMissing).WithLocation(0).WithArguments("parameter 'File'").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The file picker on parameter 'File' has no x-ms-dynamic-tree beside it; add the tree it browses, with its open and browse operations"),
            Verify.Diagnostic(DynamicTreeRule.SelectedItemNotInBrowse).WithLocation(1).WithArguments("parameter 'Path'", "path")
                .WithMessage("x-ms-dynamic-tree on parameter 'Path' gives selectedItemValuePath for parameter 'path' of its open operation; only the browse operation takes the selected item: move it there"));
    }
}
