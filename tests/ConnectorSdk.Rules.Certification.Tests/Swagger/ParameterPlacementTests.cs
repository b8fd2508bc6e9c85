using ConnectorSdk.Analysis;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>
/// What every rule on one parameter object shows about where parameters are written: a parameter of the document's
/// <c>parameters</c> section that two operations use, one through a chain of references, and a parameter listed at a
/// path item's level for all its operations, are each reported once, where they are written.
/// </summary>
public abstract class ParameterPlacementTests<TRule>
    where TRule : ConnectorAnalyzer, new()
{
    /// <summary>A parameter object with the rule's defect, the finding's place marked <c>{|#0:...|}</c>.</summary>
    protected abstract string DefectiveParameter { get; }

    /// <summary>The finding the defect draws.</summary>
    protected abstract DiagnosticDescriptor Expected { get; }

    [Fact]
    public async Task SharedParameter_ReachedDirectlyAndThroughAReferenceChain_ReportedOnceWhereWritten()
    {
        await ConnectorVerifier<TRule>.VerifySwaggerAsync(
            $$"""
            {
              "swagger": "2.0",
              "parameters": { "Id": { "$ref": "#/parameters/IdDefinition" }, "IdDefinition": {{DefectiveParameter}} },
              "paths": { "/items/{id}": {
                "get": { "operationId": "GetItem", "parameters": [ { "$ref": "#/parameters/Id" } ] },
                "delete": { "operationId": "DeleteItem", "parameters": [ { "$ref": "#/parameters/IdDefinition" } ] } } }
            }
            """,
            ConnectorVerifier<TRule>.Diagnostic(Expected).WithLocation(0));
    }

    [Fact]
    public async Task PathLevelParameter_ReportedOnceForAllItsOperations()
    {
        await ConnectorVerifier<TRule>.VerifySwaggerAsync(
            $$"""
            { "swagger": "2.0", "paths": { "/items/{id}": {
              "parameters": [ {{DefectiveParameter}} ],
              "get": { "operationId": "GetItem" }, "delete": { "operationId": "DeleteItem", "parameters": [ { "name": "force", "in": "query", "type": "boolean" } ] } } } }
            """,
            ConnectorVerifier<TRule>.Diagnostic(Expected).WithLocation(0));
    }
}
