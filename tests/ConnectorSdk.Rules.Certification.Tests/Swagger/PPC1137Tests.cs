using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.EmptyPropertyRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1137Tests
{
    [Theory]
    [InlineData("""{ "type": "string" }""")]
    [InlineData("""{ "$ref": "#/definitions/Nothing" }""")]
    [InlineData("""{ "properties": { "id": { "type": "string" } } }""")]
    [InlineData("""{ "items": { "type": "string" } }""")]
    [InlineData("""{ "format": "date-time", "description": "When" }""")]
    [InlineData("""{ "x-ms-dynamic-schema": { "operationId": "GetSchema" } }""")]
    public async Task PropertiesThatDescribeTheirValue_NoDiagnostic(string property)
    {
        await Verify.VerifySwaggerAsync($$"""
            { "swagger": "2.0", "definitions": { "Item": { "type": "object", "properties": { "value": {{property}} } }, "Nothing": {} } }
            """);
    }

    [Fact]
    public async Task EmptyProperties_ReportedAtTheirNames()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "get": { "responses": { "200": { "description": "OK", "schema": { "type": "object", "properties": {
              {|#0:"data"|}: {}, "items": { "type": "array", "items": { "type": "object", "properties": { {|#1:"extra"|}: { "description": "More", "x-ms-summary": "Extra" } } } } } } } } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("property 'data'").WithSeverity(DiagnosticSeverity.Warning)
                .WithMessage("The property 'data' says nothing about its value (no type, $ref, properties or items); give it a type, or remove it if the object does not need it"),
            Verify.Diagnostic().WithLocation(1).WithArguments("property 'extra'"));
    }

    [Fact]
    public async Task RequiredEmptyProperty_NotReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "definitions": { "Item": { "type": "object", "required": [ "payload" ], "properties": { "payload": {}, {|#0:"other"|}: {} } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("property 'other'"));
    }

    [Fact]
    public async Task EmptyPropertiesMap_AndEmptySchemasThatAreNoProperties_NotReported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "definitions": { "Free": { "type": "object", "properties": {} }, "Nothing": {}, "List": { "type": "array", "items": {} },
              "properties": {}, "Map": { "type": "object", "additionalProperties": {} } } }
            """);
    }

    [Fact]
    public async Task SharedDefinitionThroughAChainOfReferences_ReportedOnceWhereWritten()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0",
              "paths": { "/a": { "get": { "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Alias" } } } } },
                         "/b": { "get": { "responses": { "200": { "$ref": "#/responses/Ok" } } } } },
              "responses": { "Ok": { "description": "OK", "schema": { "$ref": "#/definitions/Alias" } } },
              "definitions": { "Alias": { "$ref": "#/definitions/Item" }, "Item": { "type": "object", "properties": { {|#0:"value"|}: { "description": "Anything" } } } } }
            """,
            Verify.Diagnostic().WithLocation(0).WithArguments("property 'value'"));
    }

    [Fact]
    public async Task PropertiesOfTheWrongType_Skipped()
        => await Verify.VerifySwaggerAsync("""{ "swagger": "2.0", "definitions": { "A": { "type": "object", "properties": { "x": [], "y": "string" }, "required": "x" } } }""");

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("Microsoft Corporation")]
    public async Task MicrosoftsOwnConnector_NotChecked(string publisher)
        => await Verify.VerifyAsync(new ConnectorTest { Swagger = """{ "swagger": "2.0", "definitions": { "A": { "properties": { "x": {} } } } }""", ApiProperties = MicrosoftConnector.ApiProperties(publisher) });

    [Fact]
    public async Task CustomConnector_NotChecked()
        => await Verify.VerifyAsync(new ConnectorTest { Kind = ConnectorKind.Custom, Swagger = """{ "swagger": "2.0", "definitions": { "A": { "properties": { "x": {} } } } }""" });

    [Fact]
    public async Task DefaultMode_Off()
        => await Verify.VerifyAsync(new ConnectorTest { Mode = AnalysisMode.Default, Swagger = """{ "swagger": "2.0", "definitions": { "A": { "properties": { "x": {} } } } }""" });
}
