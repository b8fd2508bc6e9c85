using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1172: an extension whose name is not known but close to a known one (<see cref="Spelling.Closest"/>: another letter
/// case, or one or two letters wrong, missing, extra or swapped) is a misspelling, which the platform ignores silently.
/// </summary>
public sealed class ExtensionSpellingRule : ConnectorAnalyzer
{
    /// <summary>{0}: the extension as written; {1}: the object holding it; {2}: the known extension it most likely means. On the name.</summary>
    public static readonly DiagnosticDescriptor Rule = Descriptors.Create(
        RuleIds.ExtensionMisspelled,
        "Extension names must be spelled as the platform reads them",
        "Extension '{0}' on {1} is not one the platform reads, so it has no effect; did you mean '{2}'?",
        DiagnosticSeverity.Warning,
        "The platform reads an extension only by its exact name: a misspelled one (x-ms-visibilty, x-ms-summmary) is ignored without an error, and what it was meant to do does not happen. Certified connectors carry such names unnoticed.");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(ConnectorAnalysisContext context) => context.RegisterConnectorStartAction(start =>
    {
        var known = ExtensionNames.CreateList();
        start.RegisterSwaggerExtensionAction(member => Analyze(member, known), ExtensionNames.OwnerKinds);
    });

    private static void Analyze(SwaggerMemberContext context, ConfiguredList known)
    {
        var name = context.Member.Name;
        if (!ExtensionNames.IsKnown(name, known.For(context, context.Swagger.Root.File), out var meant) && meant is not null)
        {
            context.Report(Rule, context.Element.NameLocation, name, ExtensionNames.DescribeOwner(context), meant);
        }
    }
}
