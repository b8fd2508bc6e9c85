using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1050: every operation has a non-empty string <c>operationId</c>.</summary>
internal sealed class OperationIdRequiredRule : ConnectorAnalyzer
{
    private const string Title = "Every operation needs an operationId";

    private const string Description = "The platform identifies actions and triggers by their operationId: flows, apps and other extensions refer to an operation through it, so an operation without one cannot be imported.";

    private const string Name = "OperationIdRequired";

    private const string Advice = "give every operation a unique, non-empty string operationId";

    /// <summary>{0}: the operation ("GET /items").</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Operation {{0}} has no operationId; {Advice}");

    /// <summary>{0}: the operation ("GET /items"); {1}: the operationId's JSON type.</summary>
    public static readonly DiagnosticDescriptor NotString = Create($"Operation {{0}} has an operationId that is {{1}}, not a string; {Advice}");

    /// <summary>{0}: the operation ("GET /items").</summary>
    public static readonly DiagnosticDescriptor Empty = Create($"Operation {{0}} has an empty operationId; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, NotString, Empty];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        var operation = context.Operation;
        if (!operation.Element.TryGetProperty("operationId", out var id))
        {
            context.Report(Missing, operation.Element.NameLocation, operation.ToString());
        }
        else if (id.Kind != JsonValueKind.String)
        {
            context.Report(NotString, id.Location, operation.ToString(), JsonKindNames.Describe(id.Kind));
        }
        else if (string.IsNullOrWhiteSpace(id.Value.GetString()))
        {
            context.Report(Empty, id.Location, operation.ToString());
        }
    }

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.OperationIdMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, name: Name);
}
