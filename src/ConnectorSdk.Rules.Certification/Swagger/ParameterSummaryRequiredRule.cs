using ConnectorSdk.Analysis;

namespace ConnectorSdk.Rules.Certification.Swagger;

/// <summary>
/// PPC1090: every parameter a user fills in has an x-ms-summary, the input's label in the designer (body parameters,
/// internal parameters and internal operations left out).
/// </summary>
public sealed class ParameterSummaryRequiredRule : ConnectorAnalyzer
{
    private const string Title = "Every parameter needs an x-ms-summary";

    private const string Description = "The designers label an input with its parameter's x-ms-summary (else with the raw name). The validator run on certification reports \"The 'x-ms-summary' property is required.\" at each parameter without one, and adding them is the most frequent certification fix in the connector repository's history. Body parameters (the designers show their schema's properties), internal parameters and the parameters of internal operations are left out. An error for connectors submitted for certification, a warning for custom connectors.";

    private const string Advice = "certification requires a short label for the input, in title case";

    /// <summary>{0}: the parameter. Reported at its name.</summary>
    public static readonly DiagnosticDescriptor Missing = Create($"Parameter {{0}} has no x-ms-summary; {Advice}");

    /// <summary>{0}: the parameter. Reported at the value.</summary>
    public static readonly DiagnosticDescriptor Blank = Create($"Parameter {{0}} has an empty x-ms-summary; {Advice}");

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Missing, Blank];

    public override void Initialize(ConnectorAnalysisContext context)
        => context.RegisterParameterAction(context => Parameters.RequireText(context, "x-ms-summary", Missing, Blank));

    private static DiagnosticDescriptor Create(string messageFormat)
        => Descriptors.Create(RuleIds.ParameterSummaryMissing, Title, messageFormat, DiagnosticSeverity.Error, Description, custom: DiagnosticSeverity.Warning);
}
