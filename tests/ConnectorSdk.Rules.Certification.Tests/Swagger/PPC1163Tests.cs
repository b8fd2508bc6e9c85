using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicListRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1163Tests
{
    [Fact]
    public async Task ListsOfTheirShapeAndBodyReferencesWithAList_NoDiagnostic()
    {
        // parameters may be left out; a reference by plain name needs no list.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "parameters": {
              "A": { "name": "a", "in": "query", "type": "string", "x-ms-dynamic-list": { "operationId": "GetLists", "itemsPath": "value", "itemTitlePath": "name", "itemValuePath": "id" } },
              "B": { "name": "b", "in": "query", "type": "string",
                "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": "body/site" } }, "value-path": "id" },
                "x-ms-dynamic-list": { "operationId": "GetLists", "parameters": { "siteId": { "parameterReference": "body/site" } }, "itemValuePath": "id" } },
              "C": { "name": "c", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": "site" } } } } } }
            """);
    }

    [Fact]
    public async Task ShapeOfTheList_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "parameters": {
              "A": { "name": "a", "in": "query", "type": "string", "x-ms-dynamic-list": {|#0:[ "GetLists" ]|} },
              "B": { "name": "b", "in": "query", "type": "string", {|#1:"x-ms-dynamic-list"|}: { "itemsPath": {|#2:true|} } } } }
            """,
            Verify.Diagnostic(DynamicListRule.NotObject).WithLocation(0).WithArguments("parameter 'A'", "an array").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("x-ms-dynamic-list on parameter 'A' is an array; expected an object with the operationId of the operation that lists the values"),
            Verify.Diagnostic(DynamicListRule.OperationIdMissing).WithLocation(1).WithArguments("parameter 'B'"),
            Verify.Diagnostic(DynamicListRule.MemberType).WithLocation(2).WithArguments("parameter 'B'", "itemsPath", "a boolean", "a string"));
    }

    [Fact]
    public async Task DynamicValuesReferringToABodyPropertyWithoutAList_ReportedOnTheReference()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "properties": { "list": { "type": "string",
              "x-ms-dynamic-values": { "operationId": "GetLists", "parameters": { "siteId": { "parameter": {|#0:"owner/site"|} } }, "value-path": "id" } } } } } }
            """,
            Verify.Diagnostic(DynamicListRule.ListMissing).WithLocation(0).WithArguments("property 'list'", "owner/site")
                .WithMessage("x-ms-dynamic-values on property 'list' refers to the body property 'owner/site', but has no x-ms-dynamic-list beside it; add one whose parameters name it with { \"parameterReference\": \"owner/site\" }"));
    }
}
