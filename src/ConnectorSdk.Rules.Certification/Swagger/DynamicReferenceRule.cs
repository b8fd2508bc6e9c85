using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1179: a reference in a dynamic extension on a parameter (<c>{"parameter": "siteId"}</c>) names an input of the
/// operation: one of its parameters or a property of its body. A shared parameter is checked in every operation that
/// uses it. A warning: a certified connector refers, from a shared parameter, to a parameter some of its operations lack.
/// </summary>
public sealed class DynamicReferenceRule : ConnectorAnalyzer
{
    /// <summary>{0}: the extension; {1}: the parameter holding it; {2}: its operation; {3}: the name referred to. On the reference.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DynamicReferenceNotFound,
        "References in dynamic extensions should name an input of the operation",
        "{0} on parameter {1} of {2} refers to '{3}', which is neither a parameter nor a body property of {2}; name one of its inputs, or pass a static value",
        DiagnosticSeverity.Warning,
        "A dynamic extension passes the called operation values the user entered, by naming the parameters (or body properties, as a path) they were entered in. A name that is not an input of the operation passes nothing, and the list or schema the extension asks for cannot be read.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        foreach (var reference in DynamicReferences.InParameters(context))
        {
            if (!DynamicReferences.IsInput(context.Swagger, context.Operation, reference.Name))
            {
                var operation = OperationNodes.Describe(context.Operation);
                context.Report(Rule, reference.Element.Location, reference.Extension, Parameters.Describe(reference.Parameter), operation, reference.Name);
            }
        }
    }
}
