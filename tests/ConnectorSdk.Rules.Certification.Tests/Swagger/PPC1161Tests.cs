using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DynamicValuesRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1161Tests
{
    [Fact]
    public async Task OperationOrCapabilityWithMembersOfTheirTypes_NoDiagnostic()
    {
        // parameters may be left out; the builtin file picker has a capability and no operationId; x-ms-dynamic-list is not this rule's.
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetA", "parameters": [
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetLists", "value-collection": "value", "value-path": "id", "value-title": "name" } },
                { "name": "site", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "GetSites", "parameters": { "top": { "parameter": "list" } } } },
                { "name": "file", "in": "query", "type": "string", "x-ms-dynamic-values": { "capability": "file-picker", "parameters": { "isFolder": false }, "value-path": "Id" } },
                { "name": "other", "in": "query", "type": "string", "x-ms-dynamic-list": { "itemsPath": 3 } } ],
              "responses": { "200": { "description": "OK", "schema": { "type": "object", "properties": { "owner": { "type": "string", "x-ms-dynamic-values": { "operationId": "GetUsers" } } } } } } } } } }
            """);
    }

    [Fact]
    public async Task NotAnObject_ReportedOnTheValue()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "parameters": { "List": { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": {|#0:"GetLists"|} } } }
            """,
            Verify.Diagnostic(DynamicValuesRule.NotObject).WithLocation(0).WithArguments("parameter 'List'", "a string").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("x-ms-dynamic-values on parameter 'List' is a string; expected an object with the operationId of the operation that lists the values"));
    }

    [Fact]
    public async Task NoOperationId_ReportedOnTheName()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": { "Item": { "type": "object", "properties": {
              "owner": { "type": "string", {|#0:"x-ms-dynamic-values"|}: { "parameters": {}, "value-path": "id" } } } } } }
            """,
            Verify.Diagnostic(DynamicValuesRule.OperationIdMissing).WithLocation(0).WithArguments("property 'owner'")
                .WithMessage("x-ms-dynamic-values on property 'owner' has no operationId; name the operation that lists the values"));
    }

    [Fact]
    public async Task MembersOfOtherTypes_ReportedOnEachMember()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": { "/a": { "get": { "operationId": "GetA", "parameters": [
                { "name": "list", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": {|#0:12|}, "parameters": {|#1:[ "top" ]|},
                  "value-collection": "value", "value-path": {|#2:{ "id": 1 }|}, "value-title": {|#3:null|} } } ],
              "responses": { "200": { "description": "OK" } } } } } }
            """,
            Verify.Diagnostic(DynamicValuesRule.MemberType).WithLocation(0).WithArguments("parameter 'list' of 'GetA'", "operationId", "a number", "a string")
                .WithMessage("x-ms-dynamic-values on parameter 'list' of 'GetA' has 'operationId' that is a number; expected a string"),
            Verify.Diagnostic(DynamicValuesRule.MemberType).WithLocation(1).WithArguments("parameter 'list' of 'GetA'", "parameters", "an array", "an object"),
            Verify.Diagnostic(DynamicValuesRule.MemberType).WithLocation(2).WithArguments("parameter 'list' of 'GetA'", "value-path", "an object", "a string"),
            Verify.Diagnostic(DynamicValuesRule.MemberType).WithLocation(3).WithArguments("parameter 'list' of 'GetA'", "value-title", "null", "a string"));
    }
}
