using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>PPC1004: at most 256 operations (path × verb) in one definition.</summary>
internal sealed class OperationCountRule : ConnectorAnalyzer
{
    /// <summary>{0}: the number of operations.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.TooManyOperations,
        title: $"A definition can have at most {SwaggerLimits.MaxOperations} operations",
        messageFormat: $"'paths' defines {{0}} operations; a connector can have at most {SwaggerLimits.MaxOperations}: split the API into several connectors",
        DiagnosticSeverity.Error,
        description: $"The platform refuses a connector with more than {SwaggerLimits.MaxOperations} operations (every verb of every path counts).",
        name: "TotalOperationsCountExceedsMaxAllowed");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerAction(Analyze);

    private static void Analyze(SwaggerContext context)
    {
        var count = context.Swagger.Operations.Count;
        if (count > SwaggerLimits.MaxOperations && context.Swagger.Root.TryGetProperty("paths", out var paths))
        {
            context.Report(Rule, paths.NameLocation, count);
        }
    }
}
