using ConnectorSdk.Analysis;
using ConnectorSdk.Analysis.Swagger;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1165: a dynamic extension is not written on a body parameter object, whose value the designers build from its
/// <c>schema</c>: it goes on that schema (or one of its properties). Checked where the parameter is written.
/// </summary>
public sealed class BodyParameterDynamicRule : ConnectorAnalyzer
{
    /// <summary>{0}: the extension; {1}: the body parameter. On the extension's name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.DynamicExtensionOnBodyParameter,
        "Dynamic extensions of a body go on its schema, not on the parameter",
        "{0} is on parameter {1}, a body parameter; move it into the parameter's schema, or onto the schema property it is for",
        DiagnosticSeverity.Error,
        "The designers build a body from its schema, and read the dynamic extensions (x-ms-dynamic-values, -list, -schema, -properties, -tree) there: the swagger validator rejects one written on the body parameter object itself (DynamicExtensionDefinitionNotAllowedInParameter).",
        name: "DynamicExtensionDefinitionNotAllowedInParameter");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterSwaggerExtensionAction(Analyze, SwaggerNodeKind.Parameter);

    private static void Analyze(SwaggerMemberContext context)
    {
        var parameter = context.Path.Current;
        if (DynamicExtensions.TryGet(context.Member, out _) && Parameters.GetString(parameter, "in"u8) == Parameters.Body)
        {
            context.Report(Rule, context.Element.NameLocation, context.Member.Name, Parameters.Describe(parameter));
        }
    }
}
