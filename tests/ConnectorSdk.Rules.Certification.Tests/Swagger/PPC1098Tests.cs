using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.BodyParameterSchemaRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1098Tests : ParameterPlacementTests<BodyParameterSchemaRule>
{
    protected override string DefectiveParameter => """{ "name": {|#0:"item"|}, "in": "body" }""";

    protected override DiagnosticDescriptor Expected => BodyParameterSchemaRule.SchemaMissing;

    [Fact]
    public async Task BodyWithSchema_OthersWithType_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "parameters": [
              { "name": "body", "in": "body", "required": true, "description": "The item.", "schema": { "type": "object" }, "x-ms-summary": "Item", "x-ms-visibility": "important" },
              { "name": "ids", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" } ] } } } }
            """);
    }

    [Fact]
    public async Task BodyWithoutSchema_ReportedAtItsName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "parameters": [ { "name": {|#0:"item"|}, "in": "body", "description": "The item." } ] } } } }
            """,
            Verify.Diagnostic(BodyParameterSchemaRule.SchemaMissing).WithLocation(0).WithArguments("'item' (in body)").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("Body parameter 'item' (in body) has no schema; describe the request body with \"schema\""));
    }

    [Fact]
    public async Task BodyWithAnotherParametersKeywords_EachReportedAtItsName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/items": { "post": { "parameters": [
              { "name": "item", "in": "body", {|#0:"type"|}: "string", "schema": { "type": "string" }, {|#1:"maxLength"|}: 10, {|#2:"allowEmptyValue"|}: true, "x-example": "a" } ] } } } }
            """,
            Verify.Diagnostic(BodyParameterSchemaRule.PropertyNotValid).WithLocation(0).WithArguments("'item' (in body)", "type")
                .WithMessage("Body parameter 'item' (in body) has 'type', which a body parameter cannot have: describe the body in its \"schema\" only"),
            Verify.Diagnostic(BodyParameterSchemaRule.PropertyNotValid).WithLocation(1).WithArguments("'item' (in body)", "maxLength"),
            Verify.Diagnostic(BodyParameterSchemaRule.PropertyNotValid).WithLocation(2).WithArguments("'item' (in body)", "allowEmptyValue"));
    }

    [Fact]
    public async Task SchemaOnAnotherParameter_ReportedAtTheSchema()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "parameters": { "Filter": { "name": "filter", "in": "query", {|#0:"schema"|}: { "type": "string" } } }, "paths": { } }
            """,
            Verify.Diagnostic(BodyParameterSchemaRule.SchemaNotAllowed).WithLocation(0).WithArguments("'filter' (in query)")
                .WithMessage("Parameter 'filter' (in query) has a schema, which only a body parameter may have: describe it with \"type\" (and \"items\" for an array)"));
    }

    [Theory]
    [InlineData("{ \"$ref\": \"#/parameters/X\" }")]
    [InlineData("{ \"name\": \"x\" }")]
    [InlineData("{ \"name\": \"x\", \"in\": 1, \"schema\": {} }")]
    public async Task ReferencesAndEntriesWithoutALocation_NotThisRule(string entry)
        => await Verify.VerifySwaggerAsync($$"""{ "swagger": "2.0", "paths": { "/a": { "post": { "parameters": [ {{entry}} ] } } } }""");

    [Fact]
    public async Task CustomConnector_Error()
    {
        await Verify.VerifyAsync(
            new ConnectorTest { Kind = ConnectorKind.Custom, Mode = AnalysisMode.Default, Swagger = """{ "paths": { "/a": { "post": { "parameters": [ { "name": {|#0:"b"|}, "in": "body" } ] } } } }""" },
            Verify.Diagnostic(BodyParameterSchemaRule.SchemaMissing).WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
    }
}
