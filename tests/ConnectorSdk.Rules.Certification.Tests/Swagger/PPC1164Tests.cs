using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicSchemaRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1164Tests
{
    [Fact]
    public async Task DynamicSchemasThatAgreeWithTheirProperties_NoDiagnostic()
    {
        // parameters may be left out; a value-path to 'properties' at the root has no itemValuePath.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "A": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "parameters": {}, "value-path": "schema" } },
              "B": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "schema/properties" },
                     "x-ms-dynamic-properties": { "operationId": "GetSchema", "itemValuePath": "schema" } },
              "C": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "properties" },
                     "x-ms-dynamic-properties": { "operationId": "GetSchema" } },
              "D": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "schema" },
                     "x-ms-dynamic-properties": { "operationId": "GetSchema", "itemValuePath": "schema" } } } }
            """);
    }

    [Fact]
    public async Task ShapeOfTheExtension_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "A": { "type": "object", "x-ms-dynamic-schema": {|#0:"GetSchema"|} },
              "B": { "type": "object", {|#1:"x-ms-dynamic-schema"|}: { "parameters": {|#2:[]|}, "value-path": {|#3:1|} } } } }
            """,
            Verify.Diagnostic(DynamicSchemaRule.NotObject).WithLocation(0).WithArguments("definition 'A'", "a string").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("x-ms-dynamic-schema on definition 'A' is a string; expected an object with the operationId of the operation that gives the schema"),
            Verify.Diagnostic(DynamicSchemaRule.OperationIdMissing).WithLocation(1).WithArguments("definition 'B'"),
            Verify.Diagnostic(DynamicSchemaRule.MemberType).WithLocation(2).WithArguments("definition 'B'", "parameters", "an array", "an object"),
            Verify.Diagnostic(DynamicSchemaRule.MemberType).WithLocation(3).WithArguments("definition 'B'", "value-path", "a number", "a string"));
    }

    [Fact]
    public async Task PropertiesWithoutOrAgainstDynamicProperties_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "A": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": {|#0:"schema/properties"|} } },
              "B": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "schema/properties" },
                     "x-ms-dynamic-properties": { "operationId": "GetSchema", "itemValuePath": {|#1:"schema/properties"|} } },
              "C": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "value-path": "result/properties" },
                     {|#2:"x-ms-dynamic-properties"|}: { "operationId": "GetSchema" } } } }
            """,
            Verify.Diagnostic(DynamicSchemaRule.PropertiesMissing).WithLocation(0).WithArguments("definition 'A'", "schema/properties", "schema")
                .WithMessage("x-ms-dynamic-schema on definition 'A' has value-path \"schema/properties\", a schema's properties, but no x-ms-dynamic-properties beside it; add { \"operationId\": ..., \"parameters\": ..., \"itemValuePath\": \"schema\" }"),
            Verify.Diagnostic(DynamicSchemaRule.ItemValuePathMismatch).WithLocation(1).WithArguments("definition 'B'", "itemValuePath \"schema/properties\"", "schema/properties", "\"schema\"")
                .WithMessage("x-ms-dynamic-properties on definition 'B' has itemValuePath \"schema/properties\", but x-ms-dynamic-schema has value-path \"schema/properties\"; expected \"schema\", the value-path without its last 'properties'"),
            Verify.Diagnostic(DynamicSchemaRule.ItemValuePathMismatch).WithLocation(2).WithArguments("definition 'C'", "no itemValuePath", "result/properties", "\"result\""));
    }

    [Fact]
    public async Task BodyReferenceWithoutDynamicProperties_ReportedOnTheReference()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "A": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "parameters": { "table": { "parameter": {|#0:"body/table"|} } }, "value-path": "schema" } },
              "B": { "type": "object", "x-ms-dynamic-schema": { "operationId": "GetSchema", "parameters": { "table": { "parameter": "body/table" } }, "value-path": "schema" },
                     "x-ms-dynamic-properties": { "operationId": "GetSchema", "parameters": { "table": { "parameterReference": "body/table" } }, "itemValuePath": "schema" } } } }
            """,
            Verify.Diagnostic(DynamicSchemaRule.ReferenceWithoutProperties).WithLocation(0).WithArguments("definition 'A'", "body/table")
                .WithMessage("x-ms-dynamic-schema on definition 'A' refers to the body property 'body/table', but has no x-ms-dynamic-properties beside it; add one whose parameters name it with { \"parameterReference\": \"body/table\" }"));
    }
}
