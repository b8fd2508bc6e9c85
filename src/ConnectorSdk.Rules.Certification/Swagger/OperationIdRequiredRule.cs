using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1050: every operation has a non-empty string <c>operationId</c>.</summary>
public sealed class OperationIdRequiredRule : ConnectorAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        RuleIds.OperationIdMissing,
        title: "Every operation needs an operationId",
        messageFormat: "Operation {0} {1}; give every operation a unique, non-empty string operationId",
        RuleCategories.Swagger,
        DiagnosticSeverity.Error,
        AnalysisMode.Default,
        ConnectorKinds.All,
        description: "The platform identifies actions and triggers by their operationId: flows, apps and other extensions refer to an operation through it, so an operation without one cannot be imported.",
        name: "OperationIdRequired");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (!operation.Element.TryGetProperty("operationId", out var id))
        {
            context.Report(Rule, operation.Element.NameLocation, operation.ToString(), "has no operationId");
        }
        else if (id.Kind != JsonValueKind.String)
        {
            context.Report(Rule, id.Location, operation.ToString(), $"has an operationId that is {JsonKindNames.Describe(id.Kind)}, not a string");
        }
        else if (string.IsNullOrWhiteSpace(id.Value.GetString()))
        {
            context.Report(Rule, id.Location, operation.ToString(), "has an empty operationId");
        }
    }
}
