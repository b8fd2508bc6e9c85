using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1166: a reference in a dynamic extension on a parameter does not name an internal input of the operation (a
/// parameter or body property with <c>"x-ms-visibility": "internal"</c>), which users never fill in: the value it
/// holds is its default, to pass as a static value.
/// </summary>
public sealed class DynamicInternalSourceRule : ConnectorAnalyzer
{
    /// <summary>{0}: the extension; {1}: the parameter holding it; {2}: its operation; {3}: the internal input. On the reference.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DynamicSourceInternal,
        "References in dynamic extensions must not name internal inputs",
        "{0} on parameter {1} of {2} refers to '{3}', which is internal (x-ms-visibility \"internal\"); pass its default as a static value, {{ \"value\": ... }}, instead",
        DiagnosticSeverity.Error,
        "A dynamic extension can pass the called operation the value of another input of the action, but not of an internal one, which users never see: the OpenAPI extensions documentation says to give its default as a static value instead, and the swagger validator rejects the reference (SourcePropertyInternal).",
        name: "SourcePropertyInternal");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterOperationAction(Analyze);

    private static void Analyze(OperationContext context)
    {
        foreach (var reference in DynamicReferences.InParameters(context))
        {
            if (IsInternal(context, reference.Name))
            {
                context.Report(Rule, reference.Element.Location, reference.Extension, Parameters.Describe(reference.Parameter), OperationNodes.Describe(context.Operation), reference.Name);
            }
        }
    }

    /// <summary>Whether the input is internal: a parameter, else a body property (marked where written, or on what its <c>$ref</c> names).</summary>
    private static bool IsInternal(OperationContext context, string name)
    {
        if (DynamicReferences.FindParameter(context.Operation, name) is { } parameter)
        {
            return Visibility.IsInternal(parameter.Element.Value);
        }

        return DynamicReferences.TryGetBodyProperty(context.Swagger, context.Operation, name, out var property)
            && (Visibility.IsInternal(property.Value) || Visibility.IsInternal(context.Swagger.ResolveOrSelf(property).Value));
    }
}
