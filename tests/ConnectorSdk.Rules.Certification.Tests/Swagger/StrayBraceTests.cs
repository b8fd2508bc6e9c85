using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Running;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>
/// A swagger whose root object a stray '}' closes early is analyzed as recovered: what follows the brace is in the
/// document. A stray '}' that closes an operation or "paths" early shows in the structure (an operation's fields in
/// its path item, paths at the root): one PPC0002 at that brace, instead of PPC1013 for each member and the reader's
/// PPC0002 where the root closed.
/// </summary>
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

    private static Task VerifyWithFixedFields(string swagger, params DiagnosticResult[] expected)
    {
        var test = new ConnectorTest { Swagger = swagger, ApiProperties = "{}", IncludeInfrastructure = true, Analyzers = { new FixedFieldsRule() } };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task OperationClosedEarly_RootRecovered_OneFindingAtTheStrayBrace()
        => VerifyWithFixedFields("""
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "version": "1.0" },
              "paths": {
                "/items": {
                  "get": {
                    "summary": "List items"
                  {|#0:}|},
                    "operationId": "GetItems",
                    "responses": { "200": { "description": "OK" } }
                  }
                },
                "/other": { "get": { "operationId": "GetOther", "responses": { "200": { "description": "OK" } } } }
              },
              "definitions": { }
            }
            """,
            new DiagnosticResult(InfrastructureDiagnostics.StrayBraceInPathItem).WithLocation(0).WithArguments("apiDefinition.swagger.json", 9, "get", "operationId", "/items").WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task OperationClosedEarly_ABraceDroppedElsewhere_TheJsonParses_StillFound()
        => VerifyWithFixedFields("""
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "version": "1.0" },
              "paths": {
                "/items": {
                  "post": {
                    "summary": "Add an item"
                  {|#0:}|},
                  "operationId": "AddItem",
                  "responses": { "200": { "description": "OK" } },
                  {|#1:"Unknown"|}: 1
                }
              }
            }
            """,
            new DiagnosticResult(InfrastructureDiagnostics.StrayBraceInPathItem).WithLocation(0).WithArguments("apiDefinition.swagger.json", 9, "post", "operationId", "/items"),
            new DiagnosticResult(FixedFieldsRule.Rule).WithLocation(1).WithArguments("Unknown", "Path Item Object"));

    [Fact]
    public Task PathsClosedEarly_PathsAtTheRoot_OneFindingAtTheStrayBrace()
        => VerifyWithFixedFields("""
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "version": "1.0" },
              "paths": {
                "/items": { "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } } }
              {|#0:}|},
                "/other": { "get": { "operationId": "GetOther", "responses": { "200": { "description": "OK" } } } },
                "/more": { }
              },
              "definitions": { }
            }
            """,
            new DiagnosticResult(InfrastructureDiagnostics.StrayBraceAtRoot).WithLocation(0).WithArguments("apiDefinition.swagger.json", 7, "paths", "/other"));

    [Fact]
    public Task OperationFieldsBeforeAnyOperation_OrAfterAnExtension_AreUnknownFields_NotAStrayBrace()
        => VerifyWithFixedFields("""
            {
              "swagger": "2.0",
              "info": { "title": "Contoso", "version": "1.0" },
              "paths": {
                "/items": {
                  {|#0:"summary"|}: "Items",
                  "get": { "operationId": "GetItems", "responses": { "200": { "description": "OK" } } },
                  "x-ms-notes": "none",
                  {|#1:"description"|}: "The items"
                }
              }
            }
            """,
            new DiagnosticResult(FixedFieldsRule.Rule).WithLocation(0).WithArguments("summary", "Path Item Object"),
            new DiagnosticResult(FixedFieldsRule.Rule).WithLocation(1).WithArguments("description", "Path Item Object"));
}
