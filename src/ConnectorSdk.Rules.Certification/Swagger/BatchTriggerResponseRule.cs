using System.Text.Json;
using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1175: a batch trigger (<c>"x-ms-trigger": "batch"</c>) returns an array in its 200 or 201 response.</summary>
public sealed class BatchTriggerResponseRule : ConnectorAnalyzer
{
    /// <summary>{0}: the status code; {1}: the operation; {2}: the schema's type. At the response's schema.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.BatchTriggerResponseNotArray,
        "A batch trigger should return an array",
        $"The {{0}} response of batch trigger {{1}} returns {{2}}, not an array; a \"{Triggers.Batch}\" trigger fires once for each item of an array: return the array, or make it \"{Triggers.Single}\"",
        DiagnosticSeverity.Warning,
        $"The extensions documentation pairs \"{Triggers.Batch}\" with an array response and \"{Triggers.Single}\" with an object. A certified connector has an internal batch trigger that returns an object holding the array, so this is a warning.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        if (Triggers.Of(context.Operation) != Triggers.Batch)
        {
            return;
        }

        foreach (var response in ResponseNodes.Of(context.Operation).Where(response => ResponseNodes.OutputStatuses.Contains(response.StatusCode)))
        {
            if (response.Element.TryGetProperty("schema"u8, out var schema) && SchemaReferences.TryResolve(context.Swagger, schema.Value, out var resolved)
                && TypeOf(resolved) is { } type && type != "array")
            {
                context.Report(Rule, schema.Location, response.StatusCode, OperationNodes.Describe(context.Operation), $"\"{type}\"");
            }
        }
    }

    /// <summary>The schema's type: its <c>type</c> string, or "object" for a schema that has only properties.</summary>
    private static string? TypeOf(JsonElement schema)
        => schema.ValueKind != JsonValueKind.Object ? null
            : schema.TryGetProperty("type"u8, out var type) ? (type.ValueKind == JsonValueKind.String ? type.GetString() : null)
            : schema.TryGetProperty("properties"u8, out _) ? "object" : null;
}
