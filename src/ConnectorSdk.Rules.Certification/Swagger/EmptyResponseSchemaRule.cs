using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1134: the schema of a 200 or 201 response says what the action returns: not an empty schema (<c>{}</c>, or one
/// with only annotations such as a description), unless the response is dynamic (<c>x-ms-dynamic-schema</c>).
/// References are followed, both to a shared response and from the schema to a definition. Internal operations are left
/// out: the designers show no outputs of theirs (certified connectors of the corpus have such schemas there).
/// </summary>
public sealed class EmptyResponseSchemaRule : ConnectorAnalyzer
{
    /// <summary>{0}: the status code; {1}: the operation.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.EmptyResponseSchema,
        "Response schemas on 200 and 201 must not be empty",
        "The {0} response of operation {1} has an empty schema; describe what the action returns (type and properties or items), use x-ms-dynamic-schema if it depends on the input, or remove the schema if there is no body",
        DiagnosticSeverity.Error,
        "The designers build an action's outputs from the schema of its 200 or 201 response; an empty schema ({}) gives the flow nothing to use. Certification requires a real response schema (the checklist, and reviewers: \"Empty response schema is not allowed anymore\"), unless the response is dynamic (x-ms-dynamic-schema). An error for connectors submitted for certification, a warning for custom connectors.",
        custom: DiagnosticSeverity.Warning);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(context =>
    {
        if (Visibility.IsInternal(context.Operation.Element.Value))
        {
            return;
        }

        foreach (var response in ResponseNodes.Of(context.Operation))
        {
            if (ResponseNodes.OutputStatuses.Contains(response.StatusCode)
                && response.Element.TryGetProperty("schema", out var schema)
                && !response.Element.Value.TryGetProperty("x-ms-dynamic-schema"u8, out _)
                && context.Swagger.TryResolve(schema, out var resolved)
                && SchemaNodes.DescribesNothing(resolved.Value))
            {
                context.Report(Rule, ResponseNodes.Locate(response, "schema"), response.StatusCode, OperationNodes.Describe(context.Operation));
            }
        }
    });
}
