using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.ReferenceLoopRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1018Tests
{
    [Fact]
    public async Task DefinitionsInPlace_AndOptionalRecursion_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Node": { "type": "object", "required": [ "id", "children" ], "properties": {
                "id": { "type": "string" },
                "parent": { "$ref": "#/definitions/Node" },
                "children": { "type": "array", "items": { "$ref": "#/definitions/Node" } } } } } }
            """);
    }

    [Fact]
    public async Task NamedEntryThatIsOnlyARef_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {},
              "definitions": { "A": { "type": "object" }, "B": { "$ref": {|#0:"#/definitions/A"|} } },
              "parameters": { "P": { "$ref": {|#1:"#/parameters/P"|} } },
              "responses": { "R": { "$ref": {|#2:42|} } } }
            """,
            Verify.Diagnostic(ReferenceLoopRule.BareReference).WithLocation(0).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("definitions", "B", "#/definitions/A"),
            Verify.Diagnostic(ReferenceLoopRule.BareReference).WithLocation(1)
                .WithArguments("parameters", "P", "#/parameters/P"),
            Verify.Diagnostic(ReferenceLoopRule.BareInvalidReference).WithLocation(2)
                .WithArguments("responses", "R"));
    }

    [Fact]
    public async Task RequiredLoop_ReportedOnceAtTheFirstDefinition()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Order": { "type": "object", "required": [ "customer" ], "properties": { "customer": { "$ref": {|#0:"#/definitions/Customer"|} } } },
              "Customer": { "type": "object", "required": [ "lastOrder" ], "properties": { "lastOrder": { "$ref": "#/definitions/Order" } } } } }
            """,
            Verify.Diagnostic(ReferenceLoopRule.RequiredLoop).WithLocation(0)
                .WithArguments("Order", "Order.customer -> Customer.lastOrder -> Order"));
    }

    [Fact]
    public async Task SelfLoopAndAllOf_Reported()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Self": { "required": [ "me" ], "properties": { "me": { "$ref": {|#0:"#/definitions/Self"|} } } },
              "Base": { "required": [ "derived" ], "properties": { "derived": { "$ref": {|#1:"#/definitions/Derived"|} } } },
              "Derived": { "allOf": [ { "$ref": "#/definitions/Base" } ] } } }
            """,
            Verify.Diagnostic(ReferenceLoopRule.RequiredLoop).WithLocation(0)
                .WithArguments("Self", "Self.me -> Self"),
            Verify.Diagnostic(ReferenceLoopRule.RequiredLoop).WithLocation(1)
                .WithArguments("Base", "Base.derived -> Derived (allOf) -> Base"));
    }

    [Fact]
    public async Task OddShapes_NoFailure()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "parameters": [], "responses": "x", "definitions": {
              "A": { "required": "b", "properties": { "b": { "$ref": "#/definitions/B" } } },
              "B": { "required": [ 1, "missing", "c" ], "properties": [] },
              "C": { "required": [ "d" ], "properties": { "d": { "$ref": "#/definitions/Nowhere" } }, "allOf": {} },
              "D": 5 } }
            """);
    }
}
