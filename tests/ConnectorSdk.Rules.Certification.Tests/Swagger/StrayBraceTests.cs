using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>A swagger whose root object a stray '}' closes early is analyzed as recovered: what follows the brace is in the document.</summary>
public sealed class StrayBraceTests
{
    [Fact]
    public Task DefinitionsAfterTheStrayBrace_ResolveReferences_AndBrokenOnesAreStillReported()
    {
        var test = new ConnectorTest
        {
            Swagger = """
                {
                  "swagger": "2.0",
                  "info": { "title": "Contoso", "version": "1.0" },
                  "paths": {
                    "/items": {
                      "get": {
                        "responses": { "200": { "description": "OK", "schema": { "$ref": "#/definitions/Item" } } }
                      }
                    }
                  }
                {|#0:}|},
                  "definitions": {
                    "Item": { "type": "object", "properties": { "owner": { "$ref": {|#1:"#/definitions/Person"|} } } }
                  }
                }
                """,
            ApiProperties = "{}",
            IncludeInfrastructure = true,
            Analyzers = { new ReferenceRule() },
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PPC0002").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PPC1016").WithLocation(1)
            .WithArguments("#/definitions/Person"));
        return test.RunAsync();
    }
}
