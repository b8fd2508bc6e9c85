using System.Text.Json;
using ConnectorSdk.Analysis;
using ConnectorSdk.Rules.Certification.Swagger;
using ConnectorSdk.Testing;

namespace ConnectorSdk.Rules.Certification.Tests.Swagger;

/// <summary>The walk that PPC1016 and PPC1055 share: each rule reports its own findings, and a failure stays with its rule.</summary>
public sealed class SwaggerWalkerTests
{
    private const string Swagger = """
        {
          "swagger": "2.0",
          "paths": {
            "/items": {
              "get": {
                "operationId": "ListItems",
                "parameters": [ { "name": "folder", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": {|#1:"ListFolders"|} } } ],
                "responses": { "200": { "description": "OK", "schema": { "$ref": {|#0:"#/definitions/Item"|} } } }
              }
            }
          }
        }
        """;

    [Fact]
    public Task BothRules_EachReportsItsOwnFindings()
        => new ConnectorTest
        {
            Swagger = Swagger,
            Analyzers = { new ReferenceRule(), new OperationIdReferenceRule() },
            ExpectedDiagnostics = { new DiagnosticResult(ReferenceRule.Rule.Id).WithLocation(0), new DiagnosticResult(OperationIdReferenceRule.Rule.Id).WithLocation(1) },
        }.RunAsync();

    [Fact]
    public Task AVisitorThatThrows_FailsOnlyItsRule()
        => new ConnectorTest
        {
            Swagger = Swagger,
            Analyzers = { new ThrowingRule(), new ReferenceRule() },
            ExpectedDiagnostics =
            {
                new DiagnosticResult(ReferenceRule.Rule.Id).WithLocation(0),
                new DiagnosticResult("PPC0006").WithArguments("ConnectorSdk.Rules.Certification.Tests", nameof(ThrowingRule), nameof(InvalidOperationException), "no paths"),
            },
        }.RunAsync();

    /// <summary>Throws at the document's <c>paths</c>, before the reference is walked.</summary>
    private sealed class ThrowingRule : ConnectorAnalyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new("PPC9001", "Test rule", "Found {0}", "Test", DiagnosticSeverity.Warning, AnalysisMode.Default, ConnectorKinds.All, "A rule whose visitor throws.")];

        public override void Initialize(ConnectorAnalysisContext context)
            => context.RegisterConnectorStartAction(start => SwaggerWalker.Register(start, _ => new Visitor()));

        private sealed class Visitor : SwaggerMemberVisitor
        {
            protected override void VisitMember(SwaggerWalker walker, SwaggerNodeKind owner, JsonProperty member)
            {
                if (member.NameEquals("paths"u8))
                {
                    throw new InvalidOperationException("no paths");
                }
            }
        }
    }
}
