using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using Verify = ConnectorSdk.Testing.ConnectorVerifier<ConnectorSdk.Rules.Certification.Swagger.DiscriminatorRule>;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

public sealed class PPC1113Tests
{
    [Fact]
    public async Task DiscriminatorOfARequiredString_NoDiagnostic()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Pet": { "type": "object", "discriminator": "petType", "required": [ "petType" ], "properties": { "petType": { "type": "string" } } },
              "Kind": { "type": "string" },
              "Shape": { "type": "object", "discriminator": "kind", "required": [ "kind" ], "properties": { "kind": { "$ref": "#/definitions/Kind" } } },
              "Part": { "allOf": [ { "properties": { "kind": { "type": "string" } } }, { "discriminator": "kind", "required": [ "kind" ] } ] },
              "Ref": { "$ref": "#/definitions/Pet", "discriminator": "nothing" },
              "Odd": { "type": "object", "discriminator": { "propertyName": "kind" } } } }
            """);
    }

    [Fact]
    public async Task DiscriminatorNotDefined_NotRequired_OrNotAString_ReportedOnIt()
    {
        await Verify.VerifySwaggerAsync("""
            { "swagger": "2.0", "paths": {}, "definitions": {
              "Pet": { "type": "object", "discriminator": {|#0:"petType"|}, "properties": { "name": { "type": "string" } } },
              "Shape": { "type": "object", "discriminator": {|#1:"kind"|}, "properties": { "kind": { "type": "string" } } },
              "Event": { "type": "object", "discriminator": {|#2:"code"|}, "required": [ "code" ], "properties": { "code": { "type": "integer" } } },
              "Note": { "type": "object", "discriminator": {|#3:"kind"|}, "required": [ "kind" ], "properties": { "kind": { "description": "Kind" } } } } }
            """,
            Verify.Diagnostic(DiscriminatorRule.NotDefined).WithLocation(0).WithArguments("definition 'Pet'", "petType").WithSeverity(DiagnosticSeverity.Error)
                .WithMessage("The discriminator of definition 'Pet' is 'petType', which its properties do not define; the discriminator must name a property that is required and of type string"),
            Verify.Diagnostic(DiscriminatorRule.NotRequired).WithLocation(1).WithArguments("definition 'Shape'", "kind")
                .WithMessage("The discriminator of definition 'Shape' is 'kind', which is not required; add it to required (the discriminator must name a property that is required and of type string)"),
            Verify.Diagnostic(DiscriminatorRule.NotString).WithLocation(2).WithArguments("definition 'Event'", "code", "\"integer\""),
            Verify.Diagnostic(DiscriminatorRule.NotString).WithLocation(3).WithArguments("definition 'Note'", "kind", "not given"));
    }
}
