using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1178: a dynamic extension on a parameter does not fill a parameter the called operation requires with an optional
/// parameter of its own operation, which users may leave empty. A warning: accepted connectors do it.
/// </summary>
public sealed class DynamicRequiredMismatchRule : ConnectorAnalyzer
{
    /// <summary>{0}: the extension; {1}: the parameter holding it; {2}: its operation; {3}: the referenced parameter; {4}: the key; {5}: the called operation. On the reference.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DynamicParameterRequiredMismatch,
        "Dynamic extensions should fill required inputs with required parameters",
        "{0} on parameter {1} of {2} passes optional parameter '{3}' as '{4}', which operation '{5}' requires; make '{3}' required, or pass a static value",
        DiagnosticSeverity.Warning,
        "When a dynamic extension fills a parameter the called operation requires with an optional parameter, the list stays empty until users fill that parameter in. The swagger validator names it (OperationParameterRequiredMismatch), but accepted connectors have it, so it is a warning.",
        mode: AnalysisMode.Recommended,
        name: "OperationParameterRequiredMismatch");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        foreach (var reference in DynamicReferences.InParameters(context))
        {
            if (DynamicReferences.FindParameter(context.Operation, reference.Name) is { IsRequired: false }
                && DynamicReferences.FindParameter(reference.Called, reference.Key) is { IsRequired: true })
            {
                context.Report(Rule, reference.Element.Location, reference.Extension, Parameters.Describe(reference.Parameter), OperationNodes.Describe(context.Operation),
                    reference.Name, reference.Key, reference.Called.OperationId);
            }
        }
    }
}
