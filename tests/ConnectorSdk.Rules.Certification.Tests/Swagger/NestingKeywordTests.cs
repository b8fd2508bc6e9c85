using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>The schemas under every nesting keyword are schemas to every schema rule: an unknown field (PPC1013) and a broken <c>$ref</c> (PPC1016) are found under each.</summary>
public sealed class NestingKeywordTests
{
    [Fact]
    public async Task UnknownFieldAndUnresolvedReference_UnderEachOfTheSevenNestingKeywords_AreReportedAtTheirPointers()
    {
        var test = new ConnectorTest
        {
            Swagger = """
                {
                  "swagger": "2.0",
                  "info": { "title": "Contoso", "version": "1.0" },
                  "paths": {},
                  "definitions": {
                    "Item": {
                      "type": "object",
                      "properties": { "a": { {|PPC1013:"bogus1"|}: 1, "$ref": {|PPC1016:"#/definitions/Missing1"|} } },
                      "additionalProperties": { {|PPC1013:"bogus2"|}: 1, "$ref": {|PPC1016:"#/definitions/Missing2"|} },
                      "items": { {|PPC1013:"bogus3"|}: 1, "$ref": {|PPC1016:"#/definitions/Missing3"|} },
                      "allOf": [ { {|PPC1013:"bogus4"|}: 1, "$ref": {|PPC1016:"#/definitions/Missing4"|} } ],
                      {|PPC1013:"anyOf"|}: [ { {|PPC1013:"bogus5"|}: 1, "$ref": {|PPC1016:"#/definitions/Missing5"|} } ],
                      {|PPC1013:"oneOf"|}: [ { {|PPC1013:"bogus6"|}: 1, "$ref": {|PPC1016:"#/definitions/Missing6"|} } ],
                      {|PPC1013:"not"|}: { {|PPC1013:"bogus7"|}: 1, "$ref": {|PPC1016:"#/definitions/Missing7"|} }
                    }
                  }
                }
                """,
            Analyzers = { new FixedFieldsRule(), new ReferenceRule() },
        };

        await test.RunAsync();
    }
}
