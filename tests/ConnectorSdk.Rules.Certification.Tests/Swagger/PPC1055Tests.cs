using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.OperationIdReferenceRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1055Tests
{
    /// <summary>A swagger with operations ListFolders, ListFields and CreateItem; {0} goes into CreateItem's body parameter, {1} at the top level.</summary>
    private static string Swagger(string parameterExtensions, string topLevel = "")
        => $$"""
        {
          "swagger": "2.0",
          "info": { "title": "Contoso", "version": "1.0" },
          "paths": {
            "/folders": { "get": { "operationId": "ListFolders", "responses": { "200": { "description": "OK" } } } },
            "/fields": { "get": { "operationId": "ListFields", "responses": { "200": { "description": "OK" } } } },
            "/items": {
              "post": {
                "operationId": "CreateItem",
                "parameters": [ { "name": "folder", "in": "query", "type": "string"{{parameterExtensions}} } ],
                "responses": { "200": { "description": "OK" } }
              }
            }
          }{{topLevel}}
        }
        """;

    [Fact]
    public async Task EveryKindOfReferenceToAnExistingOperation_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/folders": { "get": { "operationId": "ListFolders" } },
                "/fields": { "get": { "operationId": "ListFields" } },
                "/hook": {
                  "post": {
                    "operationId": "OnItem",
                    "x-ms-notification": { "operationId": "ListFolders" },
                    "x-ms-operation-context": { "simulate": { "operationId": "ListFolders", "parameters": {} } },
                    "parameters": [
                      { "name": "folder", "in": "query", "type": "string",
                        "x-ms-dynamic-values": { "operationId": "ListFolders", "value-path": "id" },
                        "x-ms-dynamic-list": { "operationId": "ListFolders", "itemValuePath": "id" },
                        "x-ms-dynamic-tree": { "settings": {}, "open": { "operationId": "ListFolders" }, "browse": { "operationId": "ListFolders" } } },
                      { "name": "body", "in": "body",
                        "schema": { "x-ms-dynamic-schema": { "operationId": "ListFields", "parameters": {} },
                                    "x-ms-dynamic-properties": { "operationId": "ListFields", "itemValuePath": "schema" } } }
                    ],
                    "responses": { "200": { "description": "OK", "schema": { "x-ms-dynamic-schema": { "operationId": "ListFields" } } } }
                  }
                }
              },
              "definitions": { "Item": { "properties": { "folder": { "type": "string", "x-ms-dynamic-values": { "operationId": "ListFolders" } } } } },
              "x-ms-capabilities": {
                "testConnection": { "operationId": "ListFolders" },
                "file-picker": { "open": { "operationId": "ListFolders" }, "browse": { "operationId": "ListFolders" } }
              }
            }
            """);
    }

    [Fact]
    public async Task DynamicValuesNamingAMissingOperation_ReportedOnTheOperationId()
    {
        await Verify.VerifySwaggerAsync(
            Swagger(""", "x-ms-dynamic-values": { "operationId": {|#0:"GetFolders"|}, "value-path": "id" }"""),
            Verify.Diagnostic(OperationIdReferenceRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-values", "GetFolders").WithSeverity(DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task DifferentLetterCase_ReportedWithTheDeclaredSpelling()
    {
        await Verify.VerifySwaggerAsync(
            Swagger(""", "x-ms-dynamic-list": { "operationId": {|#0:"listfolders"|} }"""),
            Verify.Diagnostic(OperationIdReferenceRule.LetterCase).WithLocation(0).WithArguments("x-ms-dynamic-list", "listfolders", "ListFolders"));
    }

    [Fact]
    public async Task MisspelledOperationId_ReportedWithTheDeclaredSpelling()
    {
        await Verify.VerifySwaggerAsync(
            Swagger(""", "x-ms-dynamic-list": { "operationId": {|#0:"ListFodlers"|} }"""),
            Verify.Diagnostic(OperationIdReferenceRule.Typo).WithLocation(0).WithArguments("x-ms-dynamic-list", "ListFodlers", "ListFolders"));
    }

    [Fact]
    public async Task ExtensionNameWrittenWithAnEscape_IsStillChecked()
    {
        // "x\u002dms-dynamic-values" is "x-ms-dynamic-values": JSON readers, the platform's included, decode it.
        await Verify.VerifySwaggerAsync(
            Swagger(""", "x\u002dms-dynamic-values": { "operationId": {|#0:"GetFolders"|} }"""),
            Verify.Diagnostic(OperationIdReferenceRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-values", "GetFolders"));
    }

    [Fact]
    public async Task BuiltinFilePickerCapability_HasNoOperationToCheck()
    {
        await Verify.VerifySwaggerAsync(
            Swagger(""", "x-ms-dynamic-values": { "capability": "file-picker", "value-path": "id", "parameters": {} }"""));
    }

    [Fact]
    public async Task DynamicTree_BothOperationsChecked()
    {
        await Verify.VerifySwaggerAsync(
            Swagger(""", "x-ms-dynamic-tree": { "open": { "operationId": {|#0:"OpenFolder"|} }, "browse": { "operationId": {|#1:"BrowseFolder"|} } }"""),
            Verify.Diagnostic(OperationIdReferenceRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-tree.open", "OpenFolder"),
            Verify.Diagnostic(OperationIdReferenceRule.Rule).WithLocation(1).WithArguments("x-ms-dynamic-tree.browse", "BrowseFolder"));
    }

    [Fact]
    public async Task ConnectorCapabilities_Checked()
    {
        await Verify.VerifySwaggerAsync(
            Swagger("", """
                ,
                  "x-ms-capabilities": {
                    "testConnection": { "operationId": {|#0:"Ping"|} },
                    "file-picker": { "open": { "operationId": "ListFolders" }, "browse": { "operationId": {|#1:"Browse"|} } }
                  }
                """),
            Verify.Diagnostic(OperationIdReferenceRule.Rule).WithLocation(0).WithArguments("x-ms-capabilities.testConnection", "Ping"),
            Verify.Diagnostic(OperationIdReferenceRule.Rule).WithLocation(1).WithArguments("x-ms-capabilities.file-picker.browse", "Browse"));
    }

    [Fact]
    public async Task CapabilitiesOfAnOperation_AreNotTheConnectorsTestConnection()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "A", "x-ms-capabilities": { "chunkTransfer": true, "testConnection": { "operationId": "Nope" } } } } } }
            """);
    }

    [Fact]
    public async Task OperationExtensionsAndSchemas_Checked()
    {
        await Verify.VerifySwaggerAsync("""
            {
              "swagger": "2.0",
              "paths": {
                "/a": {
                  "post": {
                    "operationId": "A",
                    "x-ms-notification": { "operationId": [|"Webhook"|] },
                    "x-ms-operation-context": { "simulate": { "operationId": [|"Simulate"|] } },
                    "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "properties": { "p": { "type": "string", "x-ms-dynamic-values": { "operationId": [|"Values"|] } } } } } ],
                    "responses": { "200": { "description": "OK", "schema": { "x-ms-dynamic-schema": { "operationId": [|"Schema"|] }, "x-ms-dynamic-properties": { "operationId": [|"Properties"|] } } } }
                  }
                }
              },
              "definitions": { "D": { "type": "object", "properties": { "q": { "x-ms-dynamic-list": { "operationId": [|"List"|] } } } } },
              "parameters": { "shared": { "name": "s", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": [|"Shared"|] } } }
            }
            """);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[ \"ListFolders\" ]")]
    public async Task NonStringOperationId_Reported(string value)
    {
        await Verify.VerifySwaggerAsync(
            Swagger($$""", "x-ms-dynamic-values": { "operationId": {|#0:{{value}}|} }"""),
            Verify.Diagnostic(OperationIdReferenceRule.Rule).WithLocation(0).WithArguments("x-ms-dynamic-values", value));
    }

    [Fact]
    public async Task OddShapes_Ignored()
    {
        await Verify.VerifySwaggerAsync(
            Swagger(""", "x-ms-dynamic-values": "ListFolders", "x-ms-dynamic-list": [ { "operationId": "Nope" } ], "x-ms-dynamic-tree": { "open": "Nope", "browse": [] }, "x-ms-operation-context": { "simulate": 1 }, "default": { "x-ms-dynamic-values": { "operationId": "Data" } }""",
            """
            ,
              "x-ms-capabilities": [ { "testConnection": { "operationId": "Nope" } } ]
            """));
    }

    [Theory]
    [InlineData(ConnectorKind.Custom)]
    [InlineData(ConnectorKind.IndependentPublisher)]
    public async Task AppliesToEveryKind_AsAnError(ConnectorKind kind)
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Swagger = Swagger(""", "x-ms-dynamic-values": { "operationId": {|#0:"Nope"|} }"""), Kind = kind, Mode = AnalysisMode.Default },
            Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
