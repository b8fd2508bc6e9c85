using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1070: no operation is empty: without parameters (its own and its path item's), without a response schema and
/// without a description, an operation tells neither the designer nor the reviewer what it does.
/// </summary>
public sealed class EmptyOperationRule : ConnectorAnalyzer
{
    /// <summary>{0}: the operation. Reported on the verb.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.EmptyOperation,
        "Operations must not be empty",
        "Operation {0} is empty: it has no parameters, no response schema and no description; define what it takes and returns, or remove it",
        DiagnosticSeverity.Error,
        "The certification guide asks for exact operation responses and rejects empty operations: an operation that declares no parameters, no response schema and no description gives users nothing to work with. Microsoft's own connectors are not held to it.",
        ConnectorKinds.Certification);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        // A verified-publisher submission rule: Microsoft's own connectors are not held to it.
        if (context.Connector.IsMicrosoftPublished)
        {
            return;
        }

        var operation = context.Operation;
        if (operation.Parameters.Count == 0
            && !operation.Responses.Any(response => response.Element.TryGetProperty("schema", out _))
            && !HasDescription(operation.Element))
        {
            context.Report(Rule, operation.Element.NameLocation, OperationNodes.Describe(operation));
        }
    }

    /// <summary>A description that is not blank; one of another JSON type counts (PPC1002 reports the type).</summary>
    private static bool HasDescription(SourceElement operation)
        => operation.TryGetProperty("description", out var description)
            && (description.Kind != JsonValueKind.String || !string.IsNullOrWhiteSpace(description.Value.GetString()));
}
