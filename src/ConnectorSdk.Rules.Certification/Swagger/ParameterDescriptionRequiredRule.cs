using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1091: every parameter a user fills in has a description, the input's tooltip in the designer (body parameters,
/// internal parameters and internal operations left out).
/// </summary>
public sealed class ParameterDescriptionRequiredRule : ConnectorAnalyzer
{
    private const string Title = "Every parameter needs a description";

    private const string Description = "The designers show a parameter's description as the input's tooltip. The validator run on certification reports \"The 'description' property is required.\" at each parameter without one, and the pull request template asks for a detailed description of every parameter. Body parameters (the designers show their schema's properties), internal parameters and the parameters of internal operations are left out. An error for connectors submitted for certification, a warning for custom connectors.";

    private const string Advice = "certification requires a sentence that says what the input is for";

    /// <summary>{0}: the parameter. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Parameter {{0}} has no description; {Advice}");

    /// <summary>{0}: the parameter. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Blank = Create($"Parameter {{0}} has an empty description; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, Blank];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterParameterAction(context => Parameters.RequireText(context, "description", Missing, Blank));

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ParameterDescriptionMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, custom: DiagnosticSeverity.Warning);
}
